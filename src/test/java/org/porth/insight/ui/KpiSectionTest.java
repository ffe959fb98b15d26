package org.porth.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

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
 * The KPI section of the dashboard as a supervisor of highways sees it this month: two web pothole
 * reports and one by phone, costed at the configured 15p and £2.83 (application.properties), none ended.
 */
class KpiSectionTest extends PortalViewTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Rollups rollups;
    @Autowired
    private CurrentUser currentUser;

    private InsightFixture data;

    @BeforeEach
    void twoOnlineAndOneByPhone() {
        data = new InsightFixture(jdbc, rollups);
        String now = Instant.now().minusSeconds(60).toString();
        data.in(data.highwaysQueue, data.potholes).submitted(now);
        data.in(data.highwaysQueue, data.potholes).submitted(now);
        data.in(data.highwaysQueue, data.potholes).channel("PHONE").submitted(now);
        data.in(data.wasteQueue, data.bins).submitted(now);
        signIn(People.signedIn("Supervisor " + data.id, null, Role.CASEWORKER, Role.SUPERVISOR));
        data.supervisor(data.highways, currentUser.get().orElseThrow().id());
    }

    @Test
    void takeUpAndCostsBesideTheirChartInEnglishAndWelsh() {
        navigate(InsightView.class);

        assertThat(find(Paragraph.class).withId("kpi-headline").single().getText())
                .isEqualTo(english("insight.kpi.headline", "67", "3"));
        assertThat(((FigureTable) find(Div.class).withId("kpi-table").single()).csv()).isEqualTo("""
                Service,Requests,"Digital (online, app or API, Open311, sensor)","Keyed by staff (phone, in person)",\
                Digital take-up,Share satisfied,Cost per transaction,Cost per outcome\r
                %s,3,2,1,67 %%,–,£1.04,–\r
                """.formatted(data.potholes));
        assertThat(find(Div.class).withId("kpi-chart").single().getElement().getProperty("innerHTML"))
                .contains(english("insight.kpi.title"), english("insight.kpi.chart", "3", "67"));

        chooseLanguage(Language.WELSH);
        navigate(InsightView.class);
        assertThat(find(Paragraph.class).withId("kpi-headline").single().getText())
                .isEqualTo(welsh("insight.kpi.headline", "67", "3"));
    }
}
