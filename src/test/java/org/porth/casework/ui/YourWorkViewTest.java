package org.porth.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseSummary;
import org.porth.casework.Priority;
import org.porth.casework.SlaState;
import org.porth.casework.internal.CaseFixtures;
import org.porth.casework.internal.CaseFixtures.NewCase;
import org.porth.catalogue.Text;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.StaffHomeView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Your work, the caseworker's home: their own cases, what is late, what residents wrote, and Take next. */
class YourWorkViewTest extends PortalViewTest {

    private static final Instant IN_A_WEEK = Instant.now().plus(Duration.ofDays(7));

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CurrentUser currentUser;

    private CaseFixtures fixtures;
    private String officer;

    @BeforeEach
    void anOfficerOfATeam() {
        fixtures = new CaseFixtures(jdbc);
        signIn(People.signedIn("Officer " + fixtures.queue, null, Role.CASEWORKER));
        officer = currentUser.get().orElseThrow().id();
        fixtures.member(officer);
    }

    @Test
    void theOfficersOwnOpenCasesComeMostUrgentFirstSayingWhomEachWaitsFor() {
        List<String> references = fixtures.insert(List.of(
                NewCase.in(fixtures.queue).assignedTo(officer).priority(Priority.NORMAL).due(IN_A_WEEK)
                        .about(new Text("Leaking pipe – Kitchen", "Pibell yn gollwng – Cegin")),
                NewCase.in(fixtures.queue).assignedTo(officer).priority(Priority.URGENT).due(IN_A_WEEK),
                NewCase.in(fixtures.queue).assignedTo(officer).priority(Priority.HIGH).due(IN_A_WEEK)
                        .status(CaseStatus.AWAITING_RESIDENT),
                NewCase.in(fixtures.queue).assignedTo("staff:someone-else").priority(Priority.URGENT),
                NewCase.in(fixtures.queue).assignedTo(officer).priority(Priority.URGENT).status(CaseStatus.CLOSED),
                NewCase.in(fixtures.queue).priority(Priority.URGENT)));
        CaseFixtures teamLeft = new CaseFixtures(jdbc);
        teamLeft.insert(List.of(NewCase.in(teamLeft.queue).assignedTo(officer).priority(Priority.URGENT)));

        navigate(StaffHomeView.class);

        assertThat(heading("your-cases")).as("not the case left behind in a team they cannot open it in")
                .isEqualTo("Your open cases (3), most urgent first");
        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(3);
        assertThat(List.of(grid.getRow(0).reference(), grid.getRow(1).reference(), grid.getRow(2).reference()))
                .containsExactly(references.get(1), references.get(2), references.get(0));
        assertThat(cells(grid, 2)).containsExactly(references.get(0), "Leaking pipe – Kitchen", "You",
                DateText.format(IN_A_WEEK, ZoneId.of("Europe/London"), Language.ENGLISH), "Submitted");
        assertThat(cells(grid, 1)).contains("The resident", "Waiting for the resident");
    }

    @Test
    void casesAtRiskOrOverdueAreListedOverdueFirst() {
        List<String> references = fixtures.insert(List.of(
                NewCase.in(fixtures.queue).assignedTo(officer).sla(SlaState.AT_RISK).due(IN_A_WEEK),
                NewCase.in(fixtures.queue).assignedTo(officer).sla(SlaState.BREACHED).due(IN_A_WEEK.plusSeconds(60)),
                NewCase.in(fixtures.queue).assignedTo(officer).due(IN_A_WEEK)));

        navigate(StaffHomeView.class);

        String late = text("your-late");
        assertThat(late).contains(references.get(0), references.get(1), ": overdue", ": at risk")
                .doesNotContain(references.get(2));
        assertThat(late.indexOf(references.get(1))).as("overdue first").isLessThan(late.indexOf(references.get(0)));
    }

    @Test
    void nothingLateSaysSo() {
        fixtures.insert(List.of(NewCase.in(fixtures.queue).assignedTo(officer).due(IN_A_WEEK)));

        navigate(StaffHomeView.class);

        assertThat(text("your-late")).contains("None of your cases is at risk or overdue.");
    }

    @Test
    void repliesFromResidentsAreNewUntilTheOfficerHasLookedOnce() {
        String answered = fixtures.insert(List.of(NewCase.in(fixtures.queue).assignedTo(officer)
                .about(new Text("Pothole – High Street", "Twll yn y ffordd – Stryd Fawr")))).getFirst();
        String notMine = fixtures.insert(List.of(NewCase.in(fixtures.queue).assignedTo("staff:someone-else"))).getFirst();
        residentWrote(answered, "RESIDENT_REPLIED", Instant.now().minusSeconds(3600));
        residentWrote(notMine, "RESIDENT_MESSAGE", Instant.now().minusSeconds(3600));

        navigate(StaffHomeView.class);

        assertThat(text("your-replies")).contains("This is the first time you have looked here", answered,
                "answered your question", "Pothole – High Street").doesNotContain(notMine);

        reload();

        assertThat(text("your-replies")).contains("Since you last looked, at",
                "No resident has written on your cases since then.").doesNotContain(answered);

        residentWrote(answered, "RESIDENT_MESSAGE", Instant.now().plusSeconds(1));
        chooseLanguage(Language.WELSH);

        assertThat(text("your-replies")).contains("Ers i chi edrych ddiwethaf, am", answered, "anfonodd neges",
                "Twll yn y ffordd – Stryd Fawr");
    }

    @Test
    void takeNextFromYourWorkOpensTheMostUrgentCaseWaitingInTheTeamsQueues() {
        List<String> waiting = fixtures.insert(List.of(NewCase.in(fixtures.queue).priority(Priority.NORMAL),
                NewCase.in(fixtures.queue).priority(Priority.URGENT)));
        navigate(StaffHomeView.class);

        test(find(NativeButton.class).withId("your-work-take-next").single()).click();

        assertThat(getCurrentView()).isInstanceOf(CaseView.class);
        assertThat(text("case-glance")).contains("In triage");
        assertThat(jdbc.queryForObject("select assigned_to from service_case where reference = ?", String.class,
                waiting.get(1))).isEqualTo(officer);
    }

    @Test
    void takeNextWithNothingWaitingSaysSo() {
        navigate(StaffHomeView.class);

        test(find(NativeButton.class).withId("your-work-take-next").single()).click();

        assertThat(text("your-work-notice")).isEqualTo("There are no cases waiting in your queues.");
        assertThat(text("your-cases")).contains("You have no open cases. Take next gives you one.");
    }

    @Test
    void inWelshEverythingIsInWelsh() {
        fixtures.insert(List.of(NewCase.in(fixtures.queue).assignedTo(officer).status(CaseStatus.AWAITING_RESIDENT)));
        chooseLanguage(Language.WELSH);

        navigate(StaffHomeView.class);

        assertThat(heading("your-cases")).isEqualTo("Eich achosion agored (1), y mwyaf brys yn gyntaf");
        assertThat(cells(test(grid()), 0)).contains("Y preswylydd", "Yn aros am y preswylydd");
        assertThat(test(grid()).getHeaderCell(2)).isEqualTo("Yn aros am");
        assertThat(find(NativeButton.class).withId("your-work-take-next").single().getText())
                .isEqualTo("Cymryd yr achos nesaf");
    }

    @Test
    void administratorsHaveNoCasesOfTheirOwnHere() {
        signIn(People.signedIn("Admin " + fixtures.queue, null, Role.ADMIN));

        navigate(StaffHomeView.class);

        assertThat(find(Div.class).withId("your-work").exists()).isFalse();
    }

    private void residentWrote(String reference, String kind, Instant at) {
        String caseId = jdbc.queryForObject("select id from service_case where reference = ?", String.class, reference);
        jdbc.update("insert into case_timeline (id, case_id, happened_at, kind, visible_to_resident, detail)"
                + " values (?, ?, ?, ?, true, 'It is on the left')", UUID.randomUUID().toString(), caseId,
                Timestamp.from(at), kind);
    }

    private static List<String> cells(GridTester<Grid<CaseSummary>, CaseSummary> grid, int row) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < 5; column++) {
            cells.add(column == 0 ? grid.getRow(row).reference() : grid.getCellText(row, column));
        }
        return cells;
    }

    private String heading(String section) {
        return find(H2.class).from(find(Div.class).withId(section).single()).first().getText();
    }

    private String text(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private Grid<CaseSummary> grid() {
        return find(Grid.class).withId("your-cases-grid").single();
    }
}
