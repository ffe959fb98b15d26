package org.porth.identity;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a signed-in session may sit idle ({@code server.servlet.session.timeout}, 30 minutes by
 * default) and how early the portal warns before it ends ({@code porth.session.warning-before}).
 */
@Component
public class SessionTimeouts {

    /** Where a page goes when its idle timer runs out; the server then decides. */
    public static final String EXPIRED_PATH = "/session-expired";

    private final Duration idle;
    private final Duration warningBefore;

    SessionTimeouts(@Value("${server.servlet.session.timeout:30m}") Duration idle,
            @Value("${porth.session.warning-before:2m}") Duration warningBefore) {
        if (warningBefore.compareTo(idle) >= 0) {
            throw new IllegalArgumentException("porth.session.warning-before (" + warningBefore
                    + ") must be shorter than server.servlet.session.timeout (" + idle + ")");
        }
        this.idle = idle;
        this.warningBefore = warningBefore;
    }

    public Duration idle() {
        return idle;
    }

    public Duration warningBefore() {
        return warningBefore;
    }
}
