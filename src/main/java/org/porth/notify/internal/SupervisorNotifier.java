package org.porth.notify.internal;

import java.time.Clock;
import java.time.Instant;

import org.porth.casework.TeamAdministration;
import org.porth.notify.NotificationChannel;
import org.porth.notify.NotificationKind;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Tells the supervisors of a case's team, by email, that it is at risk or overdue. Their address is
 * the one their sign-in provider last gave ({@link StaffContacts}); a supervisor who has not signed
 * in since has none, and their notification is written as failed for administrators to see.
 * Called as {@link org.porth.identity.SystemTask#NOTIFY}.
 */
@Component
class SupervisorNotifier {

    private final TeamAdministration teams;
    private final StaffContacts contacts;
    private final Templates templates;
    private final Outbox outbox;
    private final NotifyProperties properties;
    private final Clock clock;

    SupervisorNotifier(TeamAdministration teams, StaffContacts contacts, Templates templates, Outbox outbox,
            NotifyProperties properties, Clock clock) {
        this.teams = teams;
        this.contacts = contacts;
        this.templates = templates;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    void tell(NotificationKind kind, String reference, String queueId, Instant dueAt) {
        String link = properties.caseLink(reference);
        for (String supervisor : teams.supervisorsOf(queueId)) {
            StaffContacts.Contact contact = contacts.of(supervisor)
                    .orElse(new StaffContacts.Contact(null, Language.ENGLISH));
            Language language = contact.language();
            Message message = templates.render(kind, NotificationChannel.EMAIL, language, reference, link, queueId,
                    DateText.format(dueAt, clock.getZone(), language));
            String key = kind + ":" + reference + ":" + supervisor + ":" + NotificationChannel.EMAIL;
            outbox.add(new NewNotification(key, kind, NotificationChannel.EMAIL, null, supervisor, contact.email(),
                    language, reference, message), clock.instant());
        }
    }
}
