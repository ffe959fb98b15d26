package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.porth.shared.Reference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator sees what waits to be sent (with a banner while it waits too long) and a
 * notification that failed, with why, and sends it again; and reads the mail caught on a machine
 * with no SMTP server. In English and Welsh.
 */
class NotificationsAdminIT extends PortalBrowserTest {

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void nothingWaits() {
        jdbc.update("delete from notification where dedupe_key like 'e2e-waiting:%'");
        jdbc.update("delete from notification_alert");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void anAdministratorSendsAFailedNotificationAgain(Viewport viewport) {
        String reference = failedNotification();
        textMessagesWaitingTooLong();
        startBrowser(viewport);
        open("/staff/admin/notifications");
        signInAs("alex");
        assertThat(heading()).isEqualTo("Notifications not sent");
        assertThat(driver.findElement(By.id("delivery-alert")).getText())
                .contains("Notifications by text message have waited more than 30 minutes to be sent.");
        assertThat(driver.findElement(By.id("waiting-text")).getText()).contains(
                "By text message: 1 waiting, of which 1 failed at least once and will be tried again.",
                "The oldest has waited 2 hours.", "Last error: GOV.UK Notify 503: service unavailable");
        assertThat(driver.findElement(By.id("undelivered")).getText())
                .contains(reference + ": request received by email", "Reason: SMTP 550: 5.1.1 No such user");
        assertAccessible("notifications not sent, with text messages waiting too long");

        click(driver.findElement(By.cssSelector("[aria-label='Send again: the notification about " + reference + "']")));
        assertThat(driver.findElement(By.id("notification-notice")).getText())
                .isEqualTo("The notification about " + reference + " will be sent again.");
        assertAccessible("notifications not sent, after sending one again");

        failedNotification();
        click(link("Cymraeg"));
        assertThat(heading()).isEqualTo("Hysbysiadau heb eu hanfon");
        assertThat(driver.findElement(By.id("undelivered")).getText()).contains("cais wedi dod i law drwy e-bost");
        assertThat(driver.findElement(By.id("waiting-text")).getText()).contains("Mae'r hynaf wedi aros 2 awr.");
        assertAccessible("notifications not sent in Welsh");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void anAdministratorOpensTheMailCaughtOnThisMachine(Viewport viewport) {
        startBrowser(viewport);
        open("/staff/dev/mail");
        signInAs("alex");
        assertThat(heading()).isEqualTo("Mail caught on this machine");
        assertAccessible("mail caught");

        click(link("Cymraeg"));
        assertThat(heading()).isEqualTo("Post a ddaliwyd ar y peiriant hwn");
        assertAccessible("mail caught in Welsh");
    }

    /** A text message that failed and waits (not due for a while: the portal's worker leaves it); its alert raised. */
    private void textMessagesWaitingTooLong() {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.update("""
                insert into notification (id, dedupe_key, kind, channel, address, language, reference, link, subject,
                    body, status, attempts, next_attempt_at, last_error, last_attempt_at, created_at)
                values (?, ?, 'RECEIVED', 'TEXT', '07700900123', 'en', 'PTH-E2E0-0001', 'http://localhost/x', 'Subject',
                    'Body', 'PENDING', 3, ?, 'GOV.UK Notify 503: service unavailable', ?, ?)""",
                id, "e2e-waiting:" + id, Timestamp.from(now.plusSeconds(86_400)), Timestamp.from(now),
                Timestamp.from(now.minusSeconds(2 * 3600 + 300)));
        jdbc.update("insert into notification_alert (channel, raised_at) values ('TEXT', ?)", Timestamp.from(now));
    }

    private String failedNotification() {
        String reference = Reference.random().value();
        jdbc.update("""
                insert into notification (id, dedupe_key, kind, channel, address, language, reference, link, subject,
                    body, status, attempts, next_attempt_at, last_error, created_at)
                values (?, ?, 'RECEIVED', 'EMAIL', 'nobody@example.com', 'en', ?, 'http://localhost/x', 'Subject',
                    'Body', 'FAILED', 1, ?, 'SMTP 550: 5.1.1 No such user', ?)""",
                UUID.randomUUID(), "e2e:" + UUID.randomUUID(), reference, Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));
        return reference;
    }
}
