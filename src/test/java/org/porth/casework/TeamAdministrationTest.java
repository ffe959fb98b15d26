package org.porth.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.identity.Role;
import org.porth.shared.ActionRefused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Administrators add officers to teams, as supervisors or not, and take them out. */
@SpringBootTest
class TeamAdministrationTest {

    /** Someone no other test knows, so the seeded teams are as they were afterwards. */
    private final String officer = "staff:team-admin-" + UUID.randomUUID();

    @Autowired
    private TeamAdministration administration;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from team_member where staff_id = ?", officer);
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOfficerAddedToATeamIsListedInItAndGoneWhenRemoved() {
        signIn(People.officer(Role.ADMIN));

        administration.add("highways", " " + officer + " ", true);

        assertThat(members("highways")).contains(new TeamMembers.Member(officer, true));
        assertThat(administration.teams()).extracting(TeamMembers::id).contains("highways", "waste");

        administration.remove("highways", officer);

        assertThat(members("highways")).extracting(TeamMembers.Member::staffId).doesNotContain(officer);
    }

    @Test
    void aWrongAccountAnUnknownTeamOrAMemberAlreadyThereIsRefused() {
        signIn(People.officer(Role.ADMIN));
        administration.add("waste", officer, false);

        assertRefused(() -> administration.add("waste", "cara", false), "staff-id", "team-admin.staff-id.wrong");
        assertRefused(() -> administration.add("waste", "staff:two words", false), "staff-id", "team-admin.staff-id.wrong");
        assertRefused(() -> administration.add("nowhere", officer, false), "team", "team-admin.team.missing");
        assertRefused(() -> administration.add("waste", officer, true), "staff-id", "team-admin.staff-id.member");
        assertThat(members("waste")).contains(new TeamMembers.Member(officer, false));
    }

    @Test
    void aSupervisorMayNotChangeTeams() {
        signIn(People.officer(Role.CASEWORKER, Role.SUPERVISOR));

        assertThatThrownBy(() -> administration.teams()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.add("waste", officer, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.remove("waste", "staff:cara")).isInstanceOf(AccessDeniedException.class);
    }

    private List<TeamMembers.Member> members(String teamId) {
        return administration.teams().stream().filter(team -> team.id().equals(teamId)).findFirst().orElseThrow()
                .members();
    }

    private static void assertRefused(Runnable change, String field, String messageKey) {
        assertThatExceptionOfType(ActionRefused.class).isThrownBy(change::run).satisfies(refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(messageKey);
        });
    }
}
