package org.porth.integration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shell.ForbiddenView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Administrators see the integration events the broker has not confirmed, why one failed, and try
 * them again; in English and Welsh. Without a broker (the embedded default) they are told events
 * are recorded only.
 */
class EventPublicationsViewTest extends PortalViewTest {

    @Autowired
    private JdbcTemplate jdbc;

    private final UUID id = UUID.randomUUID();
    private final String subject = "VIEW-TEST-" + id;

    @BeforeEach
    void aFailedPublication() {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into integration_event (id, type, subject, event_time, data, recorded_at, relay_status,
                    relay_attempts, last_error, next_attempt_at)
                values (?, 'org.porth.case.closed.v1', ?, ?, '{}', ?, 'PENDING', 3,
                    'Returned unroutable: no queue is bound for it (NO_ROUTE)', ?)""",
                id, subject, now, now, Timestamp.from(Instant.now().plusSeconds(300)));
    }

    @AfterEach
    void removeIt() {
        jdbc.update("delete from integration_event where subject like 'VIEW-TEST-%'");
    }

    @Test
    void anAdministratorSeesWhyAnEventFailedAndTriesItAgain() {
        signIn(People.officer(Role.ADMIN));
        navigate(EventPublicationsView.class);

        assertThat(text("event-publications")).contains("No message broker is configured",
                subject + ": org.porth.case.closed.v1", "3 tries",
                "Why: Returned unroutable: no queue is bound for it (NO_ROUTE)");

        test(find(NativeButton.class).withId("retry-events").single()).click();

        assertThat(text("events-notice")).endsWith("will be tried again now.");
        assertThat(jdbc.queryForObject("select next_attempt_at <= current_timestamp from integration_event where id = ?",
                Boolean.class, id)).isTrue();
    }

    @Test
    void inWelsh() {
        signIn(People.officer(Role.ADMIN));
        chooseLanguage(Language.WELSH);
        navigate(EventPublicationsView.class);

        assertThat(text("event-publications")).contains("Nid oes brocer negeseuon wedi'i ffurfweddu",
                "Pam: Returned unroutable");
        assertThat(find(NativeButton.class).withId("retry-events").single().getText())
                .isEqualTo("Rhoi cynnig arall arnynt nawr");
    }

    @Test
    void caseworkersAndSupervisorsCannotOpenIt() {
        signIn(People.officer(Role.CASEWORKER, Role.SUPERVISOR));

        UI.getCurrent().navigate("staff/admin/events");

        assertThat(currentView()).isInstanceOf(ForbiddenView.class);
    }

    private String text(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }
}
