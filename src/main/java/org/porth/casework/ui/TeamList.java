package org.porth.casework.ui;

import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.porth.casework.TeamMembers;
import org.porth.identity.StaffNames;
import org.porth.shared.Language;

/** Every team with its members (by name and account), each with a button to take them out of the team. */
final class TeamList extends Div {

    private final Language language;
    private final BiConsumer<String, String> remove;

    /** @param remove takes the member (second) out of the team (first) */
    TeamList(Language language, BiConsumer<String, String> remove) {
        this.language = language;
        this.remove = remove;
        setId("teams");
    }

    void show(List<TeamMembers> teams, StaffNames names) {
        removeAll();
        teams.forEach(team -> {
            H2 name = new H2(team.name().in(language));
            name.addClassName("porth-heading-m");
            add(name);
            if (team.members().isEmpty()) {
                add(new Paragraph(getTranslation("team-admin.no-members")));
                return;
            }
            UnorderedList members = new UnorderedList();
            members.setId("members-" + team.id());
            team.members().forEach(member -> members.add(item(team, member, names)));
            add(members);
        });
    }

    private ListItem item(TeamMembers team, TeamMembers.Member member, StaffNames names) {
        String shown = names.withAccount(member.staffId());
        Span who = new Span(member.supervisor() ? getTranslation("team-admin.member.supervisor", shown) : shown);
        NativeButton button = new NativeButton(getTranslation("team-admin.remove"),
                click -> remove.accept(team.id(), member.staffId()));
        button.addClassNames("porth-button", "porth-button--secondary");
        button.setAriaLabel(getTranslation("team-admin.remove.label", names.of(member.staffId()),
                team.name().in(language)));
        button.setId("remove-" + team.id() + "-" + member.staffId().replace(':', '-'));
        return new ListItem(who, button);
    }
}
