package org.porth.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.casework.TeamMembers;
import org.porth.identity.Role;
import org.porth.shell.ErrorSummary;
import org.porth.shell.ForbiddenView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The teams page: add an officer to a team, see them listed, take them out; a wrong account is refused. */
class TeamAdminViewTest extends PortalViewTest {

    private final String account = "team-view-" + UUID.randomUUID().toString().substring(0, 8);
    private final String officer = "staff:" + account;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from team_member where staff_id = ?", officer);
    }

    @Test
    void anAdministratorAddsASupervisorAndTakesThemOut() {
        openAsAdministrator();
        chooseTeam("highways");
        staffId().setValue(officer);
        find(Checkbox.class).withId("supervisor").single().setValue(true);

        click("add-member");

        assertThat(text("team-notice")).isEqualTo("Added. The officer now sees the team's queues.");
        assertThat(text("teams")).as("by name when the staff directory knows them, else by account")
                .contains("Highways", "Cara Jones (staff:cara)", officer + " (supervisor)");
        assertThat(find(NativeButton.class).withId("remove-highways-staff-cara").single().getElement()
                .getAttribute("aria-label")).isEqualTo("Remove Cara Jones from Highways");

        click("remove-highways-staff-" + account);

        assertThat(text("team-notice")).isEqualTo("Removed. Cases assigned to the officer stay with them.");
        assertThat(text("teams")).doesNotContain(officer);
    }

    @Test
    void aWrongAccountIsRefusedNextToTheFieldAndInTheSummaryKeepingWhatWasTyped() {
        openAsAdministrator();
        chooseTeam("waste");
        staffId().setValue("cara");

        click("add-member");

        String message = "Enter a staff account, starting staff: with no spaces, for example staff:cara";
        assertThat(staffId().isInvalid()).isTrue();
        assertThat(staffId().getErrorMessage()).isEqualTo(message);
        assertThat(find(Anchor.class).from(find(ErrorSummary.class).single()).all()).extracting(Anchor::getText)
                .containsExactly(message);
        assertThat(staffId().getValue()).isEqualTo("cara");
    }

    @Test
    void aCaseworkerCannotOpenIt() {
        signIn(People.officer(Role.CASEWORKER));

        UI.getCurrent().navigate("staff/admin/teams");

        assertThat(currentView()).isInstanceOf(ForbiddenView.class);
    }

    private void openAsAdministrator() {
        signIn(People.officer(Role.ADMIN));
        navigate(TeamAdminView.class);
    }

    private void chooseTeam(String teamId) {
        @SuppressWarnings("unchecked")
        Select<TeamMembers> team = find(Select.class).withId("team").single();
        team.setValue(team.getListDataView().getItems().filter(shown -> shown.id().equals(teamId))
                .findFirst().orElseThrow());
    }

    private TextField staffId() {
        return find(TextField.class).withId("staff-id").single();
    }

    private void click(String id) {
        test(find(NativeButton.class).withId(id).single()).click();
    }

    private String text(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }
}
