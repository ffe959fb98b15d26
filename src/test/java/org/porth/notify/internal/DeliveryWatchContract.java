package org.porth.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.resident.Somebody.signIn;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.porth.browserless.People;
import org.porth.identity.Role;
import org.porth.notify.Backlog;
import org.porth.notify.NotificationBacklog;
import org.porth.notify.NotificationChannel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What waits in the outbox, and the watch that tells administrators when it waits too long, at
 * fixed moments: the backlog by channel with the oldest and the latest error; an alert raised once
 * per incident (an ERROR in the log, an email to each administrator, the alert for the staff banner),
 * cleared when the channel catches up, and raised again for the next incident. Each test starts from
 * an empty outbox in a database of the class's own.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
abstract class DeliveryWatchContract {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final String ADMIN = "staff:alex";

    @Autowired
    private DeliveryWatch watch;
    @Autowired
    private NotificationBacklog backlog;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private StaffContacts contacts;
    @Autowired
    private ApplicationEventPublisher events;

    @BeforeEach
    void anEmptyOutboxAndAnAdministrator() {
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_alert");
        jdbc.update("delete from staff_contact");
        staff(ADMIN, "alex.morgan@porth.example.gov.uk", "en", true);
        staff("staff:cara", "cara.jones@porth.example.gov.uk", "en", false);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theBacklogCountsWhatWaitsByChannelWithTheOldestAndTheLatestError() {
        waiting("EMAIL", NOW.minus(Duration.ofMinutes(5)), null, null);
        Instant oldest = NOW.minus(Duration.ofHours(3));
        waiting("EMAIL", oldest, "SMTP 421 4.3.2 Service not available", NOW.minus(Duration.ofMinutes(20)));
        waiting("EMAIL", NOW.minus(Duration.ofHours(1)), "Connection refused", NOW.minus(Duration.ofMinutes(2)));
        waiting("TEXT", NOW.minus(Duration.ofMinutes(1)), null, null);
        notification("EMAIL", "SENT", NOW.minus(Duration.ofDays(1)), null, null);
        notification("EMAIL", "FAILED", NOW.minus(Duration.ofDays(1)), "550 No such user", NOW);

        signIn(People.officer(Role.ADMIN));
        List<Backlog> waiting = backlog.waiting();

        assertThat(waiting).extracting(Backlog::channel)
                .containsExactly(NotificationChannel.EMAIL, NotificationChannel.TEXT);
        Backlog email = waiting.getFirst();
        assertThat(email.waiting()).isEqualTo(3);
        assertThat(email.retrying()).isEqualTo(2);
        assertThat(email.oldestSince()).isEqualTo(oldest);
        assertThat(email.oldestWait(NOW)).isEqualTo(Duration.ofHours(3));
        assertThat(email.lastError()).as("the latest try's").isEqualTo("Connection refused");
        assertThat(email.alertSince()).isNull();
        assertThat(waiting.get(1).lastError()).as("never tried").isNull();
    }

    @Test
    void anEmailWaitingTooLongRaisesAnAlertLoggedAtErrorAndEmailedToEachAdministrator(CapturedOutput output) {
        waiting("EMAIL", NOW.minus(Duration.ofMinutes(31)), "SMTP 421 4.3.2 Service not available", NOW);

        assertThat(watch.runOnce(NOW)).containsExactly(NotificationChannel.EMAIL);

        assertThat(output.getOut()).contains("ERROR").contains("Notifications by EMAIL are not being sent: the oldest"
                + " has waited 31 minutes; waiting: 1, of which failed at least once: 1; last error: SMTP 421 4.3.2");
        List<String> told = jdbc.queryForList("""
                select address from notification where kind = 'DELIVERY_DELAYED' and channel = 'EMAIL'
                and status = 'PENDING'""", String.class);
        assertThat(told).as("administrators only").containsExactly("alex.morgan@porth.example.gov.uk");
        assertThat(jdbc.queryForObject("select subject from notification where kind = 'DELIVERY_DELAYED'",
                String.class)).isEqualTo("ALERT-EMAIL: notifications by email are not being sent");
        assertThat(jdbc.queryForObject("select body from notification where kind = 'DELIVERY_DELAYED'", String.class))
                .contains("The oldest has waited 31 minutes. Waiting now: 1.",
                        "The last error was: SMTP 421 4.3.2 Service not available",
                        "http://localhost:8080/staff/admin/notifications");
        signIn(People.officer(Role.ADMIN));
        assertThat(backlog.alerts()).containsEntry(NotificationChannel.EMAIL, NOW);
        assertThat(backlog.waiting().getFirst().alertSince()).isEqualTo(NOW);
    }

    @Test
    void anAlertIsRaisedOncePerIncidentClearedWhenTheChannelCatchesUpAndRaisedForTheNext(CapturedOutput output) {
        waiting("EMAIL", NOW.minus(Duration.ofMinutes(40)), "Connection refused", NOW);
        assertThat(watch.runOnce(NOW)).containsExactly(NotificationChannel.EMAIL);

        assertThat(watch.runOnce(NOW.plus(Duration.ofMinutes(1)))).as("once per incident").isEmpty();
        assertThat(watch.runOnce(NOW.plus(Duration.ofMinutes(10)))).isEmpty();
        assertThat(alertEmails()).isEqualTo(1);

        jdbc.update("update notification set status = 'SENT' where status = 'PENDING'"); // the mail server is back
        assertThat(watch.runOnce(NOW.plus(Duration.ofMinutes(11)))).isEmpty();
        signIn(People.officer(Role.ADMIN));
        assertThat(backlog.alerts()).as("cleared").isEmpty();
        assertThat(output.getOut()).contains("Notifications by EMAIL are being sent again");

        waiting("EMAIL", NOW.plus(Duration.ofMinutes(20)), "Connection refused", NOW.plus(Duration.ofMinutes(50)));
        assertThat(watch.runOnce(NOW.plus(Duration.ofMinutes(49)))).as("not yet too long").isEmpty();
        assertThat(watch.runOnce(NOW.plus(Duration.ofMinutes(51)))).as("the next incident")
                .containsExactly(NotificationChannel.EMAIL);
        assertThat(alertEmails()).isEqualTo(2);
        assertThat(backlog.alerts()).containsEntry(NotificationChannel.EMAIL, NOW.plus(Duration.ofMinutes(51)));
    }

    @Test
    void textMessagesWaitingTooLongAreAlertedByThemselvesAndEmailedToAdministrators() {
        waiting("EMAIL", NOW.minus(Duration.ofMinutes(29)), null, null);
        waiting("TEXT", NOW.minus(Duration.ofHours(2)), "GOV.UK Notify 503", NOW);

        assertThat(watch.runOnce(NOW)).as("email is under the limit").containsExactly(NotificationChannel.TEXT);
        assertThat(jdbc.queryForObject("select subject from notification where kind = 'DELIVERY_DELAYED'",
                String.class)).isEqualTo("ALERT-TEXT: notifications by text message are not being sent");
    }

    @Test
    void administratorsAreThoseWhoseLastStaffSignInSaidSo() {
        Authentication administrator = People.signedIn("Alys Admin", "alys.admin@porth.example.gov.uk", Role.ADMIN);
        signIn(administrator);
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(administrator, getClass()));
        assertThat(contacts.administrators()).extracting(told -> told.contact().email())
                .contains("alys.admin@porth.example.gov.uk");

        Authentication noLonger = People.signedIn("Alys Admin", "alys.admin@porth.example.gov.uk", Role.CASEWORKER);
        signIn(noLonger);
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(noLonger, getClass()));
        assertThat(contacts.administrators()).extracting(told -> told.contact().email())
                .doesNotContain("alys.admin@porth.example.gov.uk");
    }

    private int alertEmails() {
        return jdbc.queryForObject("select count(*) from notification where kind = 'DELIVERY_DELAYED'", Integer.class);
    }

    private void waiting(String channel, Instant created, String lastError, Instant lastAttempt) {
        notification(channel, "PENDING", created, lastError, lastAttempt);
    }

    private void notification(String channel, String status, Instant created, String lastError, Instant lastAttempt) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into notification (id, dedupe_key, kind, channel, address, language, reference, link, subject,
                    body, status, attempts, next_attempt_at, last_error, last_attempt_at, created_at)
                values (?, ?, 'RECEIVED', ?, 'someone@example.com', 'en', 'PTH-TEST', 'http://localhost/x', 'Subject',
                    'Body', ?, ?, ?, ?, ?, ?)""",
                id, "watch-test:" + id, channel, status, lastError == null ? 0 : 1, Timestamp.from(created), lastError,
                lastAttempt == null ? null : Timestamp.from(lastAttempt), Timestamp.from(created));
    }

    private void staff(String id, String email, String language, boolean administrator) {
        jdbc.update("""
                insert into staff_contact (staff_id, email, language, administrator, updated_at)
                values (?, ?, ?, ?, ?)""", id, email, language, administrator, Timestamp.from(NOW));
    }
}
