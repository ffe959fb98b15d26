package org.porth.notify;

import java.util.List;

import org.porth.notify.internal.MailCatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * For administrators on a machine with no SMTP server: the emails the portal would have sent,
 * newest first. There is no catcher in {@code prod}.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class DevMailbox {

    private final MailCatcher catcher;

    DevMailbox(ObjectProvider<MailCatcher> catcher) {
        this.catcher = catcher.getIfAvailable();
    }

    /** Whether there is a catcher (every profile but {@code prod}). */
    public boolean available() {
        return catcher != null;
    }

    public List<CaughtMail> caught() {
        return catcher == null ? List.of() : catcher.caught();
    }
}
