package org.porth.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.casework.TeamAdministration;
import org.porth.casework.internal.CaseFixtures;
import org.porth.identity.Role;
import org.porth.identity.SystemTask;
import org.porth.resident.ResidentContact;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A resident's contact details and a team's supervisors are read for notifications by the NOTIFY
 * system task only: not by staff, residents or another task.
 */
@SpringBootTest
class NotifyTaskAccessTest {

    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private TeamAdministration teams;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void onlyTheNotifyTaskReadsAResidentsContactDetails() {
        Somebody dewi = Somebody.named("Dewi");
        signIn(dewi.asResident());
        ResidentId id = profiles.current().id();

        assertThatThrownBy(() -> profiles.contactForNotifications(id)).isInstanceOf(AccessDeniedException.class);
        signIn(People.officer(Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN));
        assertThatThrownBy(() -> profiles.contactForNotifications(id)).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> SystemTask.CASE_INTAKE.run(() -> profiles.contactForNotifications(id)))
                .isInstanceOf(AccessDeniedException.class);

        Optional<ResidentContact> contact = SystemTask.NOTIFY.run(() -> profiles.contactForNotifications(id));
        assertThat(contact).hasValueSatisfying(found -> {
            assertThat(found.email()).isEqualTo(dewi.email);
            assertThat(found.language()).isEqualTo(Language.ENGLISH);
            assertThat(found.preferences().email()).as("email unless they said otherwise").isTrue();
            assertThat(found.hasAccount()).isTrue();
        });
    }

    @Test
    void onlyTheNotifyTaskReadsATeamsSupervisors() {
        CaseFixtures team = new CaseFixtures(jdbc);
        team.supervisor("staff:sian");
        team.member("staff:cai");

        signIn(People.officer(Role.ADMIN));
        assertThatThrownBy(() -> teams.supervisorsOf(team.queue)).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();

        assertThat(SystemTask.NOTIFY.run(() -> teams.supervisorsOf(team.queue))).containsExactly("staff:sian");
    }
}
