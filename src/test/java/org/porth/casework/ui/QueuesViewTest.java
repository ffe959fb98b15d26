package org.porth.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.casework.CaseSummary;
import org.porth.casework.Priority;
import org.porth.casework.SlaState;
import org.porth.casework.internal.CaseFixtures;
import org.porth.casework.internal.CaseFixtures.NewCase;
import org.porth.catalogue.Text;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.shared.Language;
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
    void eachCaseSaysItsServiceByNameWhatItIsAboutHowOldItIsAndWhoHasItInEnglishAndWelsh() {
        NewCase repair = NewCase.in(fixtures.queue).service("housing-repair").assignedTo("staff:cara")
                .about(new Text("Leaking pipe – Kitchen", "Pibell yn gollwng – Cegin"));
        NewCase older = NewCase.in(fixtures.queue).submitted(Instant.now().minus(Duration.ofDays(21)));
        fixtures.insert(List.of(repair, older));
        signInAsOfficer(Role.CASEWORKER);

        navigate(QueuesView.class);

        Map<String, String> row = row(repair.reference());
        assertThat(row).containsEntry("Service", "Request a housing repair (council tenants)")
                .containsEntry("Summary", "Leaking pipe – Kitchen")
                .containsEntry("Age", "Today")
                .containsEntry("Taken by", "Cara Jones");
        assertThat(row(older.reference())).containsEntry("Service", "Report a missed bin collection")
                .containsEntry("Taken by", "")
                .hasEntrySatisfying("Age", age -> assertThat(age).matches("1[0-9] working days"));

        chooseLanguage(Language.WELSH);

        assertThat(row(repair.reference())).containsEntry("Gwasanaeth", "Gofyn am atgyweiriad i'ch cartref (tenantiaid y cyngor)")
                .containsEntry("Crynodeb", "Pibell yn gollwng – Cegin")
                .containsEntry("Oed", "Heddiw");
        assertThat(row(older.reference())).hasEntrySatisfying("Oed", age -> assertThat(age).matches("1[0-9] diwrnod gwaith"));
    }

    @Test
    void theAgeColumnSortsTheNewestOrTheOldestFirstAndTheSearchFindsTheSummary() {
        NewCase newest = NewCase.in(fixtures.queue).about(new Text("Black bin (general rubbish)", "Bin du"));
        NewCase oldest = NewCase.in(fixtures.queue).submitted(Instant.now().minus(Duration.ofDays(5)));
        fixtures.insert(List.of(oldest, newest));
        signInAsOfficer(Role.CASEWORKER);
        navigate(QueuesView.class);

        test(grid()).sortByColumn("AGE", SortDirection.ASCENDING);
        assertThat(test(grid()).getRow(0).reference()).isEqualTo(newest.reference());
        test(grid()).sortByColumn("AGE", SortDirection.DESCENDING);
        assertThat(test(grid()).getRow(0).reference()).isEqualTo(oldest.reference());

        test(find(TextField.class).withCaption("Reference, service or summary").single()).setValue("black bin");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).reference()).isEqualTo(newest.reference());
    }

    @Test
    void theSearchAnswersWhateverIsTypedWithTheCasesThatHoldIt() {
        NewCase odd = NewCase.in(fixtures.queue).about(new Text("100% blocked_drain \\ O'Brien's yard", "Draen ar gau"));
        fixtures.insert(List.of(odd, NewCase.in(fixtures.queue)));
        signInAsOfficer(Role.CASEWORKER);
        navigate(QueuesView.class);
        TextField search = find(TextField.class).withCaption("Reference, service or summary").single();

        test(search).setValue("% blocked_drain \\ o'brien");
        assertThat(test(grid()).size()).isEqualTo(1);
        for (String hostile : List.of("' OR 1=1 --", "%%", "'; drop table service_case; --", "\u0000", "Tŷ 😀",
                "a".repeat(20_000))) {
            test(search).setValue(hostile);
            assertThat(test(grid()).size()).as(hostile.substring(0, Math.min(hostile.length(), 40))).isZero();
        }
        assertThat(getCurrentView()).isInstanceOf(QueuesView.class);
    }

    @Test
    void theQueueChosenIsShownPressedAndNamedAboveItsCases() {
        String other = fixtures.anotherQueue();
        fixtures.insert(List.of(NewCase.in(fixtures.queue), NewCase.in(other)));
        signInAsOfficer(Role.CASEWORKER);
        navigate(QueuesView.class);
        NativeButton chosen = find(NativeButton.class).withText("Test queue " + other).single();
        assertThat(chosen.getElement().getAttribute("aria-pressed")).isEqualTo("false");

        test(chosen).click();

        assertThat(chosen.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(find(NativeButton.class).withText("Test queue " + fixtures.queue)
                .single().getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(find(com.vaadin.flow.component.html.H2.class).withId("queue-cases-title").single().getText())
                .isEqualTo("Cases in " + chosen.getText());
        assertThat(test(grid()).size()).isEqualTo(1);
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

    /** What the officer reads in the case's row, by column heading. */
    private Map<String, String> row(String reference) {
        var grid = test(grid());
        int index = IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).reference().equals(reference))
                .findFirst().orElseThrow();
        Map<String, String> cells = new LinkedHashMap<>();
        for (int column = 1; column < grid().getColumns().size(); column++) {
            cells.put(grid.getHeaderCell(column), grid.getCellText(index, column));
        }
        return cells;
    }

    @SuppressWarnings("unchecked")
    private Grid<CaseSummary> grid() {
        return find(Grid.class).single();
    }

    private void signInAsOfficer(Role role) {
        signIn(People.signedIn("Officer " + fixtures.queue, null, role));
        fixtures.member(currentUser.get().orElseThrow().id());
    }
}
