package org.porth.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.insight.InsightFixture;
import org.porth.insight.internal.Rollups;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Looking ahead" as a supervisor of one team sees it: sixteen weeks of potholes in their queue, enough
 * to forecast and test; another team's queue is not there. The numbers are counted by hand in
 * {@code OutlooksTest}; here, that the section has its headline, chart and tables, in English and Welsh.
 */
class LookingAheadViewTest extends PortalViewTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Rollups rollups;
    @Autowired
    private CurrentUser currentUser;

    private InsightFixture data;

    @BeforeEach
    void sixteenWeeksOfPotholes() {
        data = new InsightFixture(jdbc, rollups);
        Instant now = Instant.now();
        for (int week = 1; week <= 16; week++) {
            data.in(data.highwaysQueue, data.potholes).submitted(now.minus(7L * week, ChronoUnit.DAYS).toString());
        }
        data.in(data.wasteQueue, data.bins).submitted(now.minus(7, ChronoUnit.DAYS).toString());
        signIn(People.signedIn("Supervisor " + data.id, null, Role.CASEWORKER, Role.SUPERVISOR));
        data.supervisor(data.highways, currentUser.get().orElseThrow().id());
    }

    @Test
    void theQueueAheadWithItsAccuracyAndNoServiceLevelToMeasureAgainst() {
        navigate(InsightView.class);

        assertThat(find(Paragraph.class).withId("looking-ahead-headline").single().getText())
                .as("no queue has a service level to miss").endsWith(english("insight.ahead.headline.keeps", "", "|").split("\\|")[1]);
        assertThat(find(Div.class).withId("ahead-chart").single().getElement().getProperty("innerHTML"))
                .contains("<title id=\"ahead-chart-title\">" + english("insight.ahead.title") + "</title>");
        String queues = ((FigureTable) find(Div.class).withId("ahead-queues-table").single()).csv();
        assertThat(queues).startsWith(String.join(",", english("insight.column.queue"), english("insight.ahead.expected"),
                        english("insight.ahead.accuracy"), english("insight.ahead.open"), english("insight.ahead.closing"),
                        english("insight.ahead.level"), english("insight.ahead.outlook")))
                .contains(data.highwaysQueue, english("insight.ahead.no-level"))
                .as("another team's queue").doesNotContain(data.wasteQueue);
        String services = ((FigureTable) find(Div.class).withId("ahead-services-table").single()).csv();
        assertThat(services).contains(data.potholes, english("insight.ahead.method.RECENT_MEAN")).doesNotContain(data.bins);

        chooseLanguage(Language.WELSH);
        navigate(InsightView.class);
        assertThat(find(Div.class).withId("ahead-chart").single().getElement().getProperty("innerHTML"))
                .contains(welsh("insight.ahead.title"));
        assertThat(((FigureTable) find(Div.class).withId("ahead-queues-table").single()).csv())
                .contains(welsh("insight.ahead.no-level"));
    }
}
