package org.porth.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.casework.CaseSummary;
import org.porth.casework.Priority;
import org.porth.casework.SlaState;
import org.porth.casework.internal.CaseFixtures;
import org.porth.casework.internal.CaseFixtures.NewCase;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The queue view: counts, the cases in a lazy grid, and Take next straight into the case. */
class QueuesViewTest extends PortalViewTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CurrentUser currentUser;

    private CaseFixtures fixtures;

    @BeforeEach
    void aTeamOfItsOwn() {
        fixtures = new CaseFixtures(jdbc);
    }

    @Test
    void theOfficerSeesTheirQueuesCountsAndCasesAndTakesTheMostUrgent() {
        Instant week = Instant.now().plus(Duration.ofDays(7));
        List<String> references = fixtures.insert(List.of(
                NewCase.in(fixtures.queue).priority(Priority.NORMAL).due(week),
                NewCase.in(fixtures.queue).priority(Priority.URGENT).due(week),
                NewCase.in(fixtures.queue).priority(Priority.NORMAL).due(week).sla(SlaState.BREACHED)));
        signInAsOfficer(Role.CASEWORKER);

        navigate(QueuesView.class);

        String counts = find(NativeTable.class).withId("queue-counts").single().getElement().getTextRecursively();
        assertThat(counts).contains("Test queue", "Test team");
        @SuppressWarnings("unchecked")
        Grid<CaseSummary> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(test(grid).getRow(0).reference()).as("most urgent first").isEqualTo(references.get(1));
        assertThat(find(Div.class).withId("overdue").exists()).as("for supervisors").isFalse();

        test(find(NativeButton.class).withId("take-next").single()).click();

        assertThat(getCurrentView()).isInstanceOf(CaseView.class);
        assertThat(find(Div.class).withId("case-facts").single().getElement().getTextRecursively())
                .contains("In triage", "Urgent");
    }

    @Test
    void withNothingWaitingTakeNextSaysSo() {
        signInAsOfficer(Role.CASEWORKER);
        navigate(QueuesView.class);

        test(find(NativeButton.class).withId("take-next").single()).click();

        assertThat(find(Div.class).withId("queues-notice").single().getElement().getTextRecursively())
                .isEqualTo("There are no cases waiting in your queues.");
    }

    @Test
    void aSupervisorSeesTheOverdueCasesOfTheirTeams() {
        String late = fixtures.insert(List.of(NewCase.in(fixtures.queue).sla(SlaState.BREACHED))).getFirst();
        signIn(People.signedIn("Supervisor " + fixtures.queue, null, Role.CASEWORKER, Role.SUPERVISOR));
        fixtures.supervisor(currentUser.get().orElseThrow().id());

        navigate(QueuesView.class);

        assertThat(find(Div.class).withId("overdue").single().getElement().getTextRecursively()).contains(late);
    }

    private void signInAsOfficer(Role role) {
        signIn(People.signedIn("Officer " + fixtures.queue, null, role));
        fixtures.member(currentUser.get().orElseThrow().id());
    }
}
