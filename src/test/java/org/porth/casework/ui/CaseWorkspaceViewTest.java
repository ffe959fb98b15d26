package org.porth.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseWork;
import org.porth.casework.Cases;
import org.porth.casework.internal.CaseFixtures;
import org.porth.casework.internal.CaseFixtures.NewCase;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The case page as a workspace: queue and due at the top, the case and its actions side by side, the audit in words. */
class CaseWorkspaceViewTest extends PortalViewTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private Cases cases;
    @Autowired
    private CaseWork work;

    private CaseFixtures fixtures;
    private String reference;

    @BeforeEach
    void aCaseInTheOfficersQueue() {
        fixtures = new CaseFixtures(jdbc);
        reference = fixtures.insert(List.of(NewCase.in(fixtures.queue))).getFirst();
    }

    @Test
    void theQueueAndDueDateComeFirstThenTheCaseBesideItsActions() {
        officer(Role.CASEWORKER);

        navigate("staff/cases/" + reference, CaseView.class);

        assertThat(text("case-glance")).contains("Queue", "Test queue", "Due", "Status", "Submitted");
        Aside actions = find(Aside.class).withId(CaseActionsDrawer.ID).single();
        assertThat(descendantIds(actions)).contains("case-actions", "case-moves");
        Div columns = (Div) actions.getParent().orElseThrow();
        assertThat(columns.getClassNames()).contains("porth-case__columns");
        Component left = columns.getChildren().filter(child -> child != actions).findFirst().orElseThrow();
        assertThat(descendantIds(left)).contains("case-facts", "case-timeline").doesNotContain("case-actions");
        assertThat(actions.getElement().getAttribute("aria-label")).isEqualTo("Actions on this case");
    }

    @Test
    void onATabletTheActionsOpenFromAButtonThatSaysWhetherTheyAreOpen() {
        officer(Role.CASEWORKER);
        navigate("staff/cases/" + reference, CaseView.class);
        NativeButton toggle = find(NativeButton.class).withId("case-actions-toggle").single();
        Aside actions = find(Aside.class).withId(CaseActionsDrawer.ID).single();
        assertThat(toggle.getElement().getAttribute("aria-controls")).isEqualTo(CaseActionsDrawer.ID);
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(actions.hasClassName("porth-case__actions--open")).isFalse();

        test(toggle).click();

        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(toggle.getText()).isEqualTo("Hide the actions");
        assertThat(actions.hasClassName("porth-case__actions--open")).isTrue();

        test(find(NativeButton.class).withId("case-actions-close").single()).click();

        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(toggle.getText()).isEqualTo("Show the actions");
        assertThat(actions.hasClassName("porth-case__actions--open")).isFalse();
    }

    @Test
    void theResidentCanBeAskedAsSoonAsTheOfficerHasTakenTheCase() {
        officer(Role.CASEWORKER);
        assertThat(cases.takeNext()).hasValueSatisfying(taken -> assertThat(taken.reference()).isEqualTo(reference));
        navigate("staff/cases/" + reference, CaseView.class);
        assertThat(text("case-glance")).contains("In triage");

        find(TextArea.class).withId("question").single().setValue("Which side of the road is it on?");
        test(find(NativeButton.class).withText("Ask the resident").single()).click();

        assertThat(text("case-notice")).isEqualTo("Done. The case below shows the change.");
        assertThat(text("case-glance")).contains("Waiting for the resident");
        assertThat(text("case-timeline")).contains("Which side of the road is it on?");
    }

    @Test
    void theAuditTrailSaysWhatWasDoneInPlainEnglishAndWelsh() {
        officer(Role.CASEWORKER, Role.SUPERVISOR);
        var opened = work.open(reference);
        work.changeStatus(reference, opened.version(), CaseStatus.IN_PROGRESS, null);
        work.addNote(reference, "Crew booked");

        navigate("staff/cases/" + reference, CaseView.class);

        assertThat(text("audit-trail")).contains("Opened the case", "Changed the status to In progress",
                "Added an internal note").doesNotContain("IN_PROGRESS", "STATUS_CHANGED");

        chooseLanguage(Language.WELSH);

        assertThat(text("audit-trail")).contains("Agorodd yr achos", "Newidiodd y statws i \"Ar waith\"",
                "Ychwanegodd nodyn mewnol").doesNotContain("IN_PROGRESS", "Changed");
    }

    private void officer(Role... roles) {
        signIn(People.signedIn("Officer " + fixtures.queue, null, roles));
        String id = currentUser.get().orElseThrow().id();
        if (List.of(roles).contains(Role.SUPERVISOR)) {
            fixtures.supervisor(id);
        } else {
            fixtures.member(id);
        }
    }

    private static List<String> descendantIds(Component root) {
        List<String> ids = new ArrayList<>();
        root.getId().ifPresent(ids::add);
        root.getChildren().forEach(child -> ids.addAll(descendantIds(child)));
        return ids;
    }

    private String text(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }
}
