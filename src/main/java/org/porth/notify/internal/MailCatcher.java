package org.porth.notify.internal;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.porth.notify.CaughtMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Where email goes on a developer's machine, which has no SMTP server: the last messages, in memory,
 * and the log. Never in {@code prod}; used only when {@code spring.mail.host} is not set.
 */
@Component
@Profile("!prod")
public class MailCatcher {

    private static final int KEPT = 200;
    private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);

    private final Deque<CaughtMail> caught = new ArrayDeque<>();
    private final Clock clock;

    MailCatcher(Clock clock) {
        this.clock = clock;
    }

    synchronized void keep(Claimed mail, String messageId) {
        log.info("Mail (no SMTP server set) {} to {}: {}\n{}", messageId, mail.address(), mail.subject(), mail.body());
        caught.addFirst(new CaughtMail(messageId, mail.address(), mail.subject(), mail.body(), clock.instant()));
        while (caught.size() > KEPT) {
            caught.removeLast();
        }
    }

    /** Newest first. */
    public synchronized List<CaughtMail> caught() {
        return List.copyOf(caught);
    }
}
