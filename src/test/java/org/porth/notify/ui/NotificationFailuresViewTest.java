package org.porth.notify.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.AccessibleNames;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shared.Reference;
import org.porth.shell.ForbiddenView;
import org.porth.shell.StaffHomeView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Administrators see what waits to be sent (and a banner on every staff page while it waits too
 * long), and a failed notification with its reason, which they send again; in English and Welsh.
 */
class NotificationFailuresViewTest extends PortalViewTest {

    @Autowired
    private JdbcTemplate jdbc;

    private final UUID id = UUID.randomUUID();
    private final String reference = Reference.random().value();

    @BeforeEach
    void aFailedNotification() {
        jdbc.update("""
                insert into notification (id, dedupe_key, kind, channel, address, language, reference, link, subject,
                    body, status, attempts, next_attempt_at, last_error, created_at)
                values (?, ?, 'RECEIVED', 'EMAIL', 'nobody@example.com', 'en', ?, 'http://localhost/x', 'Subject',
                    'Body', 'FAILED', 1, ?, 'SMTP 550: 5.1.1 No such user', ?)""",
                id, "view-test:" + id, reference, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
    }

    @Test
    void anAdministratorSeesWhyItFailedAndSendsItAgain() {
        signIn(People.officer(Role.ADMIN));
        navigate(NotificationFailuresView.class);

        assertThat(text("undelivered")).contains(reference + ": request received by email",
                "Failed (tries: 1).", "Reason: SMTP 550: 5.1.1 No such user");
        NativeButton retry = find(NativeButton.class).withId("retry-" + id).single();
        assertThat(AccessibleNames.of(retry)).as("starts with the words on the button (WCAG 2.5.3)")
                .isEqualTo("Send again: the notification about " + reference);

        test(retry).click();

        assertThat(text("notification-notice")).isEqualTo("The notification about " + reference + " will be sent again.");
        assertThat(text("undelivered")).doesNotContain(reference);
        assertThat(jdbc.queryForObject("select status from notification where id = ?", String.class, id))
                .isEqualTo("PENDING");
    }

    @Test
    void inWelsh() {
        signIn(People.officer(Role.ADMIN));
        chooseLanguage(Language.WELSH);
        navigate(NotificationFailuresView.class);

        assertThat(text("undelivered")).contains(reference + ": cais wedi dod i law drwy e-bost",
                "Wedi methu (cynigion: 1).");
        NativeButton retry = find(NativeButton.class).withId("retry-" + id).single();
        assertThat(retry.getText()).isEqualTo("Anfon eto");
        assertThat(AccessibleNames.of(retry)).isEqualTo("Anfon eto: yr hysbysiad am " + reference);
    }

    @Test
    void whatWaitsToBeSentIsShownByChannelWithTheOldestAgeAndTheLastErrorInEnglishAndWelsh() {
        waitingTextMessage(Duration.ofHours(2).plusMinutes(5), "GOV.UK Notify 503: service unavailable");
        signIn(People.officer(Role.ADMIN));
        navigate(NotificationFailuresView.class);

        assertThat(text("waiting")).startsWith("Waiting to be sent");
        assertThat(listItem("waiting-text")).contains(
                "By text message: 1 waiting, of which 1 failed at least once and will be tried again.",
                "The oldest has waited 2 hours.", "Last error: GOV.UK Notify 503: service unavailable");
        assertThat(pageText()).doesNotContain("Every notification has been sent");

        chooseLanguage(Language.WELSH);
        navigate(NotificationFailuresView.class);
        assertThat(listItem("waiting-text")).contains(
                "Drwy neges destun: 1 yn aros, a methodd 1 ohonynt o leiaf unwaith a byddant yn cael eu cynnig eto.",
                "Mae'r hynaf wedi aros 2 awr.", "Y gwall diwethaf: GOV.UK Notify 503");
    }

    @Test
    void administratorsSeeABannerOnEveryStaffPageWhileNotificationsWaitTooLong() {
        waitingTextMessage(Duration.ofHours(1), "GOV.UK Notify 503: service unavailable");
        jdbc.update("insert into notification_alert (channel, raised_at) values ('TEXT', ?)",
                Timestamp.from(Instant.now()));
        signIn(People.officer(Role.ADMIN));
        navigate(StaffHomeView.class);

        Div banner = find(Div.class).withId("delivery-alert").single();
        assertThat(banner.getElement().getTextRecursively()).contains(
                "Notifications by text message have waited more than 30 minutes to be sent.", "See what is waiting");
        test(find(RouterLink.class).withText("See what is waiting").single()).click();
        assertThat(currentView()).isInstanceOf(NotificationFailuresView.class);
        assertThat(listItem("waiting-text")).contains("Administrators were told at");

        signIn(People.officer(Role.CASEWORKER, Role.SUPERVISOR));
        navigate(StaffHomeView.class);
        assertThat(find(Div.class).withId("delivery-alert").exists()).as("for administrators").isFalse();
    }

    @Test
    void caseworkersAndSupervisorsCannotOpenIt() {
        signIn(People.officer(Role.CASEWORKER, Role.SUPERVISOR));

        UI.getCurrent().navigate("staff/admin/notifications");

        assertThat(currentView()).isInstanceOf(ForbiddenView.class);
    }

    /** Test rows of their own are taken away: the alert would stand on every other staff page test. */
    @AfterEach
    void removeWhatWaits() {
        jdbc.update("delete from notification where dedupe_key like 'view-test:%'");
        jdbc.update("delete from notification_alert");
    }

    private void waitingTextMessage(Duration waited, String lastError) {
        UUID waiting = UUID.randomUUID();
        Instant created = Instant.now().minus(waited);
        jdbc.update("""
                insert into notification (id, dedupe_key, kind, channel, address, language, reference, link, subject,
                    body, status, attempts, next_attempt_at, last_error, last_attempt_at, created_at)
                values (?, ?, 'RECEIVED', 'TEXT', '07700900123', 'en', ?, 'http://localhost/x', 'Subject', 'Body',
                    'PENDING', 3, ?, ?, ?, ?)""", waiting, "view-test:" + waiting, reference,
                Timestamp.from(Instant.now().plusSeconds(600)), lastError, Timestamp.from(Instant.now()),
                Timestamp.from(created));
    }

    private String text(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }

    private String listItem(String id) {
        return find(ListItem.class).withId(id).single().getElement().getTextRecursively();
    }
}
