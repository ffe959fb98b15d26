package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.porth.insight.InsightFixture;
import org.porth.insight.internal.Rollups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The managers' dashboard in a browser, as Mair (MANAGER) uses it: at 1280 px in English and on a
 * tablet in Welsh, keyboard only through the filters (a quarter, one team) and into a drill-down
 * whose count equals the figure, axe finding nothing (WCAG 2.2 AA). Its two teams and their cases
 * this month are removed afterwards: every browser test shares one portal.
 */
class InsightDashboardIT extends PortalBrowserTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Rollups rollups;

    private InsightFixture data;

    /** Two pothole reports at one place (the second a repeat) and a chaser: 3 units of demand, 2 failure; a missed bin elsewhere. */
    @BeforeEach
    void aRepeatAndAChaserThisMonth() {
        data = new InsightFixture(jdbc, rollups);
        String earlier = Instant.now().minusSeconds(120).toString();
        data.in(data.highwaysQueue, data.potholes).at(51.48, -3.18).submitted(earlier, Instant.now().minusSeconds(60).toString());
        data.in(data.highwaysQueue, data.potholes).at(51.48, -3.18).submitted(Instant.now().minusSeconds(30).toString());
        data.in(data.wasteQueue, data.bins).submitted(earlier);
    }

    @AfterEach
    void removeTheTeamsAndTheirCases() {
        List<String> queues = List.of(data.highwaysQueue, data.wasteQueue);
        String cases = "select id from service_case where queue_id in (?, ?)";
        jdbc.update("delete from insight_contact where reference in (select reference from insight_case where queue_id in (?, ?))",
                queues.toArray());
        jdbc.update("delete from insight_case where queue_id in (?, ?)", queues.toArray());
        jdbc.update("delete from insight_daily where team_id in (?, ?)", data.highways, data.waste);
        jdbc.update("delete from case_timeline where case_id in (" + cases + ")", queues.toArray());
        jdbc.update("delete from case_position where case_id in (" + cases + ")", queues.toArray());
        jdbc.update("delete from service_case where queue_id in (?, ?)", queues.toArray());
        jdbc.update("delete from work_queue where id in (?, ?)", queues.toArray());
        jdbc.update("delete from team where id in (?, ?)", data.highways, data.waste);
    }

    @Test
    void mairFiltersAndDrillsDownByKeyboardAtDesktopWidth() {
        startBrowser(Viewport.DESKTOP);
        open("/staff/insight");
        signInAs("mair");
        assertThat(heading()).isEqualTo("Insight");
        assertNoSidewaysScrolling("the dashboard at 1280 px");
        assertAccessible("the dashboard at 1280 px");

        tabToId("insight-period");
        press(Keys.ARROW_DOWN);
        assertThat(selected("insight-period")).isEqualTo("Quarter");
        tabToId("insight-team");
        type("Team " + data.highways);
        waitForPage();
        assertThat(selected("insight-team")).isEqualTo("Team " + data.highways);
        tabToId("insight-show");
        press(Keys.ENTER);
        assertThat(driver.findElement(By.id("failure-table")).getText()).contains(data.potholes).doesNotContain(data.bins);

        tabToDrillDown("failure-table", "2");
        press(Keys.ENTER);
        assertThat(activeId()).as("the list's heading takes the focus").isEqualTo("drill-heading");
        assertThat(driver.findElement(By.id("drill-count")).getText()).startsWith("2 ");
        assertThat(driver.findElement(By.id("drill-table")).getText()).contains(data.potholes);
        assertAccessible("the dashboard's drill-down at 1280 px");
    }

    @Test
    void inWelshOnATablet() {
        startBrowser(Viewport.TABLET);
        open("/staff/insight");
        signInAs("mair");
        click(link("Cymraeg"));
        assertThat(htmlLang()).isEqualTo("cy");
        assertThat(heading()).isEqualTo("Mewnwelediad");
        assertNoSidewaysScrolling("the dashboard on a tablet");
        assertAccessible("the dashboard in Welsh on a tablet");

        tabToDrillDown("failure-table", "2");
        press(Keys.ENTER);
        assertThat(activeId()).isEqualTo("drill-heading");
        assertNoSidewaysScrolling("the drill-down on a tablet");
        assertAccessible("the drill-down in Welsh on a tablet");
    }

    /** Tabs on, as a keyboard user would, until the element with the id (a native select too) has focus. */
    private void tabToId(String id) {
        for (int presses = 0; presses < 40 && !id.equals(activeId()); presses++) {
            tab();
        }
        assertThat(activeId()).as("%s reachable by Tab", id).isEqualTo(id);
    }

    /** Tabs on to the drill-down button of the table that shows the count. */
    private void tabToDrillDown(String table, String count) {
        for (int presses = 0; presses < 120 && !onDrillDown(table, count); presses++) {
            tab();
        }
        assertThat(onDrillDown(table, count)).as("the drill-down %s in %s reachable by Tab", count, table).isTrue();
    }

    private boolean onDrillDown(String table, String count) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const focused = document.activeElement;
                return !!focused && focused.matches('#' + arguments[0] + ' button.porth-insight-drill')
                    && focused.textContent.trim() === arguments[1];""", table, count));
    }

    private String activeId() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.activeElement ? document.activeElement.id : null;");
    }

    private String selected(String selectId) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const s = document.getElementById(arguments[0]); return s.options[s.selectedIndex].text;", selectId);
    }
}
