package org.porth.notify.internal;

import java.time.Instant;

import org.porth.notify.NotificationChannel;
import org.porth.notify.NotificationKind;
import org.porth.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Emails the owner of something Porth runs for another system (a webhook endpoint): someone with an
 * address and no account, so in English and Welsh at once. Once per key, through the outbox.
 */
@Component
public class OwnerNotices {

    private final Templates templates;
    private final Outbox outbox;

    OwnerNotices(Templates templates, Outbox outbox) {
        this.templates = templates;
        this.outbox = outbox;
    }

    public void email(String dedupeKey, NotificationKind kind, String address, String reference, String link,
            Instant now, String... details) {
        Message english = templates.render(kind, NotificationChannel.EMAIL, Language.ENGLISH, reference, link, details);
        Message welsh = templates.render(kind, NotificationChannel.EMAIL, Language.WELSH, reference, link, details);
        Message both = new Message(english.subject() + " / " + welsh.subject(),
                english.body() + "\n\n---\n\n" + welsh.body(), link);
        outbox.add(new NewNotification(dedupeKey, kind, NotificationChannel.EMAIL, null, null, address,
                Language.ENGLISH, reference, both), now);
    }
}
