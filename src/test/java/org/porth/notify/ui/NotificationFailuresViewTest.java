package org.porth.notify.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.apply.Reference;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shell.ForbiddenView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Administrators see a failed notification with its reason and send it again, in English and Welsh. */
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
        assertThat(retry.getAriaLabel()).hasValue("Send the notification about " + reference + " again");

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
        assertThat(find(NativeButton.class).withId("retry-" + id).single().getText()).isEqualTo("Anfon eto");
    }

    @Test
    void caseworkersAndSupervisorsCannotOpenIt() {
        signIn(People.officer(Role.CASEWORKER, Role.SUPERVISOR));

        UI.getCurrent().navigate("staff/admin/notifications");

        assertThat(currentView()).isInstanceOf(ForbiddenView.class);
    }

    private String text(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }
}
