package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.porth.apply.Reference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator sees a notification that failed, with why, and sends it again; and reads the
 * mail caught on a machine with no SMTP server. In English and Welsh.
 */
class NotificationsAdminIT extends PortalBrowserTest {

    @Autowired
    private JdbcTemplate jdbc;

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void anAdministratorSendsAFailedNotificationAgain(Viewport viewport) {
        String reference = failedNotification();
        startBrowser(viewport);
        open("/staff/admin/notifications");
        signInAs("alex");
        assertThat(heading()).isEqualTo("Notifications not sent");
        assertThat(driver.findElement(By.id("undelivered")).getText())
                .contains(reference + ": request received by email", "Reason: SMTP 550: 5.1.1 No such user");
        assertAccessible("notifications not sent");

        click(driver.findElement(By.cssSelector("[aria-label='Send the notification about " + reference + " again']")));
        assertThat(driver.findElement(By.id("notification-notice")).getText())
                .isEqualTo("The notification about " + reference + " will be sent again.");
        assertAccessible("notifications not sent, after sending one again");

        failedNotification();
        click(link("Cymraeg"));
        assertThat(heading()).isEqualTo("Hysbysiadau heb eu hanfon");
        assertThat(driver.findElement(By.id("undelivered")).getText()).contains("cais wedi dod i law drwy e-bost");
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
