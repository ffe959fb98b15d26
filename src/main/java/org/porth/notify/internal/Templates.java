package org.porth.notify.internal;

import org.porth.notify.NotificationChannel;
import org.porth.notify.NotificationKind;
import org.porth.shared.Council;
import org.porth.shared.Language;
import org.porth.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * A notification's words, from the {@code notify} bundles in the reader's language: the reference,
 * the link and the council's name, and only the one detail the kind needs ({@code {3}}: the new
 * status, the due date, the outcome summary, the queue) — never a name, an address or an answer.
 * A text message has its own short words; the portal and email share a subject and a body.
 */
@Component
class Templates {

    private final Council council;

    Templates(Council council) {
        this.council = council;
    }

    Message render(NotificationKind kind, NotificationChannel channel, Language language, String reference,
            String link, String... details) {
        Object[] params = new Object[3 + details.length];
        params[0] = reference;
        params[1] = link;
        params[2] = council.name(language);
        System.arraycopy(details, 0, params, 3, details.length);
        String prefix = kind.textKey();
        String subject = Translations.get(language, prefix + ".subject", params);
        String body = Translations.get(language, prefix + (channel == NotificationChannel.TEXT ? ".text" : ".body"),
                params);
        return new Message(subject, body, link);
    }
}
