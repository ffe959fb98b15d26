package org.porth.notify.internal;

import java.time.Instant;

import org.porth.notify.Backlog;
import org.porth.notify.NotificationChannel;
import org.porth.notify.NotificationKind;
import org.porth.notify.WaitText;
import org.porth.shared.Language;
import org.porth.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * Emails every administrator (as their last staff sign-in said: {@link StaffContacts}) that a
 * channel's notifications wait too long, in their language, through the outbox: once per alert,
 * however often it is written.
 */
@Component
class AdministratorAlerts {

    private final StaffContacts contacts;
    private final Templates templates;
    private final Outbox outbox;
    private final DeliveryAlertProperties properties;

    AdministratorAlerts(StaffContacts contacts, Templates templates, Outbox outbox, DeliveryAlertProperties properties) {
        this.contacts = contacts;
        this.templates = templates;
        this.outbox = outbox;
        this.properties = properties;
    }

    void tell(Backlog waiting, Instant raisedAt) {
        String reference = "ALERT-" + waiting.channel().name();
        for (StaffContacts.Administrator administrator : contacts.administrators()) {
            Language language = administrator.contact().language();
            Message message = templates.render(NotificationKind.DELIVERY_DELAYED, NotificationChannel.EMAIL, language,
                    reference, properties.link(),
                    Translations.get(language, "notify-admin.channel." + waiting.channel().name()),
                    WaitText.of(waiting.oldestWait(raisedAt), language), String.valueOf(waiting.waiting()),
                    waiting.lastError() == null ? Translations.get(language, "notify.delivery-delayed.no-error")
                            : waiting.lastError());
            String key = NotificationKind.DELIVERY_DELAYED + ":" + waiting.channel() + ":" + raisedAt + ":"
                    + administrator.staffId();
            outbox.add(new NewNotification(key, NotificationKind.DELIVERY_DELAYED, NotificationChannel.EMAIL, null,
                    administrator.staffId(), administrator.contact().email(), language, reference, message), raisedAt);
        }
    }
}
