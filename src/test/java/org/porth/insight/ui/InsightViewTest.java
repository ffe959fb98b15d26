package org.porth.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.insight.InsightFixture;
import org.porth.apply.SatisfactionRated;
import org.porth.insight.internal.Rollups;
import org.porth.insight.internal.SatisfactionRollup;
import org.porth.shared.Language;
import org.porth.shell.ForbiddenView;
import org.porth.shell.StaffHomeView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard as a supervisor of one team sees it: this month's two pothole reports at one place
 * (the second a repeat) and a chaser on the first: 3 units of demand, 2 of them failure.
 */
class InsightViewTest extends PortalViewTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Rollups rollups;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private SatisfactionRollup satisfaction;

    private InsightFixture data;
    private List<String> references;

    @BeforeEach
    void aSupervisorsTeamWithARepeatAndAChaser() {
        data = new InsightFixture(jdbc, rollups);
        String now = Instant.now().minusSeconds(60).toString();
        references = List.of(
                data.in(data.highwaysQueue, data.potholes).at(51.48, -3.18).submitted(now, Instant.now().toString()),
                data.in(data.highwaysQueue, data.potholes).at(51.48, -3.18).submitted(Instant.now().toString()),
                data.in(data.wasteQueue, data.bins).submitted(now));
        signIn(People.signedIn("Supervisor " + data.id, null, Role.CASEWORKER, Role.SUPERVISOR));
        data.supervisor(data.highways, currentUser.get().orElseThrow().id());
    }

    @Test
    void theHeadlineChartAndTableSayTheSameAndTheTableDownloads() {
        navigate(InsightView.class);

        assertThat(find(Paragraph.class).withId("failure-headline").single().getText())
                .isEqualTo(english("insight.failure.headline.new", data.potholes, "67", english("insight.period.this.MONTH")));
        String chart = find(Div.class).withId("failure-chart").single().getElement().getProperty("innerHTML");
        assertThat(chart).contains("<title id=\"failure-chart-title\">" + english("insight.failure.title") + "</title>",
                "<desc id=\"failure-chart-desc\">", "1 value, 2 failure");
        FigureTable table = (FigureTable) find(Div.class).withId("failure-table").single();
        assertThat(table.csv()).isEqualTo("""
                Service,All demand,Failure demand,Failure demand share,"Share, period before"\r
                %s,3,2,67 %%,–\r
                """.formatted(data.potholes));
        assertThat(find(Anchor.class).withId("failure-table-csv").single().getText()).isEqualTo(english("insight.csv"));
        assertThat(pageText()).as("another team's service").doesNotContain(data.bins);
    }

    @Test
    void aFigureOpensTheCasesBehindItAsManyLinesAsItCounted() {
        navigate(InsightView.class);
        NativeButton failure = find(NativeButton.class).withClassName("porth-insight-drill").withText("2").first();

        test(failure).click();

        assertThat(find(Paragraph.class).withId("drill-count").single().getText()).isEqualTo(english("insight.drill.count", "2", "200"));
        String lines = find(NativeTable.class).withId("drill-table").single().getElement().getTextRecursively();
        assertThat(lines).contains(references.get(0), english("insight.kind.CHASER"), references.get(1),
                english("insight.kind.REPEAT"));
    }

    @Test
    void satisfactionHasItsHeadlineChartAndTableInEnglishAndWelsh() {
        for (int i = 0; i < 2; i++) {
            jdbc.update("insert into satisfaction_answer (reference, service_id, score, answered_at) values (?, ?, ?, ?)",
                    references.get(i), data.potholes, 4 - 2 * i, java.sql.Timestamp.from(Instant.now()));
            satisfaction.count(new SatisfactionRated(references.get(i), data.potholes, 4 - 2 * i, false, Instant.now()));
        }
        navigate(InsightView.class);

        assertThat(find(Paragraph.class).withId("satisfaction-headline").single().getText())
                .isEqualTo(english("insight.satisfaction.headline", "2", "50"));
        assertThat(((FigureTable) find(Div.class).withId("satisfaction-table").single()).csv()).isEqualTo("""
                Service,Answers,Satisfied,Share satisfied,Average score (1 to 5)\r
                %s,2,1,50 %%,3.0\r
                """.formatted(data.potholes));
        assertThat(find(Div.class).withId("satisfaction-chart").single().getElement().getProperty("innerHTML"))
                .contains(english("insight.satisfaction.title"), english("insight.satisfaction.chart", "2", "50", "3.0"));

        chooseLanguage(Language.WELSH);
        navigate(InsightView.class);
        assertThat(find(Paragraph.class).withId("satisfaction-headline").single().getText())
                .isEqualTo(welsh("insight.satisfaction.headline", "2", "50"));
    }

    @Test
    void inWelsh() {
        chooseLanguage(Language.WELSH);
        navigate(InsightView.class);

        assertThat(find(Paragraph.class).withId("failure-headline").single().getText())
                .isEqualTo(welsh("insight.failure.headline.new", data.potholes, "67", welsh("insight.period.this.MONTH")));
        assertThat(find(Div.class).withId("backlog-chart").single().getElement().getProperty("innerHTML"))
                .contains(welsh("insight.backlog.title"));
    }

    @Test
    void aManagerLandsOnTheStaffStartPageWithTheWayInAndACaseworkerIsKeptOut() {
        signIn(People.signedIn("Manager " + data.id, null, Role.MANAGER));
        navigate(StaffHomeView.class);
        assertThat(find(RouterLink.class).withId("insight-home-link").single().getHref()).isEqualTo("staff/insight");

        navigate(InsightView.class);
        assertThat(find(Paragraph.class).withId("insight-period-shown").exists()).as("the manager's dashboard").isTrue();

        signIn(People.signedIn("Caseworker " + data.id, null, Role.CASEWORKER));
        UI.getCurrent().navigate("staff/insight");
        assertThat(currentView()).isInstanceOf(ForbiddenView.class);
    }
}
