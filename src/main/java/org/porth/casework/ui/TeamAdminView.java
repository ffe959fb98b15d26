package org.porth.casework.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.shell.FieldProblems;
import org.porth.casework.TeamAdministration;
import org.porth.casework.TeamMembers;
import org.porth.identity.Role;
import org.porth.identity.StaffDirectory;
import org.porth.shared.Language;
import org.porth.shell.StaffLayout;

/**
 * Administrators say who works in which team: every team with its members, a form to add an
 * officer (as a supervisor or not), and a button to take each one out.
 */
@Route(value = "staff/admin/teams", layout = StaffLayout.class)
@PageTitle("team-admin.title")
@Menu(order = 11, title = "team-admin.title")
@RolesAllowed(Role.ADMIN_NAME)
class TeamAdminView extends Div {

    private final TeamAdministration administration;
    private final StaffDirectory directory;
    private final FieldProblems problems = new FieldProblems();
    private final Div notice = new Div();
    private final Select<TeamMembers> team = new Select<>();
    private final TextField staffId = new TextField();
    private final TeamList list;

    TeamAdminView(TeamAdministration administration, StaffDirectory directory) {
        this.administration = administration;
        this.directory = directory;
        Language language = Language.of(getLocale());
        H1 heading = new H1(getTranslation("team-admin.title"));
        heading.addClassName("porth-heading-l");
        notice.setId("team-notice");
        notice.getElement().setAttribute("role", "status");
        problems.field(TeamAdministration.TEAM_FIELD, team);
        team.setLabel(getTranslation("team-admin.team"));
        team.setItemLabelGenerator(shown -> shown.name().in(language));
        problems.field(TeamAdministration.STAFF_ID_FIELD, staffId);
        staffId.setLabel(getTranslation("team-admin.staff-id"));
        staffId.setHelperText(getTranslation("team-admin.staff-id.hint"));
        Checkbox supervisor = new Checkbox(getTranslation("team-admin.supervisor"));
        supervisor.setId("supervisor");
        NativeButton add = new NativeButton(getTranslation("team-admin.add"), click -> change(() ->
                administration.add(team.getValue() == null ? null : team.getValue().id(), staffId.getValue(),
                        supervisor.getValue()), "team-admin.added"));
        add.addClassName("porth-button");
        add.setId("add-member");
        list = new TeamList(language, (teamId, member) -> change(() -> administration.remove(teamId, member),
                "team-admin.removed"));
        add(heading, problems.summary(), notice, FieldProblems.group(team, staffId, supervisor, add), list);
        refresh();
    }

    private void change(Runnable change, String doneKey) {
        problems.summary().show(List.of());
        notice.removeAll();
        problems.attempt(null, () -> {
            change.run();
            return doneKey;
        }).ifPresent(done -> {
            staffId.clear();
            notice.add(new Paragraph(getTranslation(done)));
            refresh();
        });
    }

    /** Shows the teams as they are now, keeping the team chosen in the form. */
    private void refresh() {
        List<TeamMembers> teams = administration.teams();
        String chosen = team.getValue() == null ? null : team.getValue().id();
        team.setItems(teams);
        teams.stream().filter(shown -> shown.id().equals(chosen)).findFirst().ifPresent(team::setValue);
        list.show(teams, directory.names(teams.stream()
                .flatMap(shown -> shown.members().stream().map(TeamMembers.Member::staffId)).toList()));
    }
}
