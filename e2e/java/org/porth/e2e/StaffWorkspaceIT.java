package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.porth.apply.RequestSubmitted;
import org.porth.browserless.People;
import org.porth.casework.internal.CaseOpening;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.Reference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The staff workspace in Chromium: Cara's Your work (her cases, the one at risk, the resident who
 * wrote), then a case in two columns at 1280 px with its actions in view however far the case
 * scrolls, and on a tablet the actions in a drawer worked by keyboard; axe finds nothing in English
 * or Welsh. It saves the screenshots of docs/images (Your work and the case page at 1280 px), and one
 * of the work queues' grid, under target/screenshots.
 */
class StaffWorkspaceIT extends PortalBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired
    private CaseOpening opening;
    @Autowired
    private Catalogue catalogue;
    @Autowired
    private ResidentProfiles residents;
    @Autowired
    private JdbcTemplate jdbc;

    private String atRisk;
    private String answered;

    @BeforeEach
    void caraHasTwoPotholesOneAtRiskAndOneTheResidentWroteAbout() {
        atRisk = aPotholeReport("by the bus stop");
        answered = aPotholeReport("outside the school");
        jdbc.update("update service_case set assigned_to = 'staff:cara', status = 'IN_TRIAGE', sla_state = 'AT_RISK'"
                + " where reference = ?", atRisk);
        jdbc.update("update service_case set assigned_to = 'staff:cara', status = 'IN_PROGRESS' where reference = ?",
                answered);
        jdbc.update("insert into case_timeline (id, case_id, happened_at, kind, visible_to_resident, detail)"
                + " select ?, id, ?, 'RESIDENT_MESSAGE', true, 'It has got bigger since Monday.' from service_case"
                + " where reference = ?", UUID.randomUUID().toString(), Timestamp.from(Instant.now()), answered);
    }

    @AfterEach
    void signOutOfTheServices() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void onADesktopYourWorkListsCarasCasesAndTheCaseSitsBesideItsActions() throws IOException {
        startBrowser(Viewport.DESKTOP);
        open("/staff");
        signInAs("cara");

        assertThat(heading()).isEqualTo("Your work");
        assertThat(text("your-replies")).contains(answered, "sent a message");
        assertThat(text("your-late")).contains(atRisk, "at risk").doesNotContain(answered);
        assertThat(text("your-cases-grid")).contains(atRisk, answered, "You");
        assertNoSidewaysScrolling("Your work");
        assertAccessible("Your work");
        screenshot("your-work.png", 1500);

        open("/staff/cases/" + atRisk);
        WebElement actions = driver.findElement(By.id("case-actions-panel"));
        WebElement facts = driver.findElement(By.id("case-facts"));
        assertThat(rect(actions).get("left").doubleValue()).as("the actions to the right of the case")
                .isGreaterThanOrEqualTo(rect(facts).get("right").doubleValue());
        assertThat(driver.findElement(By.id("case-actions-toggle")).isDisplayed()).as("no drawer on a desktop").isFalse();
        assertInView(driver.findElement(By.cssSelector("#case-actions h2")), "the actions, without scrolling");
        assertInView(button("Change status"), "the first action, without scrolling");
        assertThat(text("case-glance")).contains("Highway inspections", "Due", "In triage");
        assertLabelsWhole("#case-actions-panel vaadin-select, #case-actions-panel vaadin-text-area");
        assertNoSidewaysScrolling("a case on a desktop");
        assertAccessible("a case on a desktop");
        screenshot("case-page.png", 1100);

        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, document.body.scrollHeight)");
        assertInView(driver.findElement(By.cssSelector("#case-actions h2")), "the actions, at the foot of the case");
        WebElement ask = button("Ask the resident");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'})", ask);
        assertInView(ask, "Ask the resident, scrolled to in the actions' own column");
        assertInView(driver.findElement(By.id("case-actions-panel")), "the actions' column, whole in the window");

        open("/staff/queues");
        assertLabelsWhole(".porth-filters > *");
        click(driver.findElement(By.xpath("//table[@id='queue-counts']//button[normalize-space(.)='Highway inspections']")));
        assertThat(text("queue-cases-title")).isEqualTo("Cases in Highway inspections");
        assertNoSidewaysScrolling("the work queues on a desktop");
        assertAccessible("the work queues, one chosen");
        Files.copy(driver.findElement(By.id("queue-cases")).getScreenshotAs(OutputType.FILE).toPath(),
                SCREENSHOTS.resolve("queue-cases.png"), StandardCopyOption.REPLACE_EXISTING);

        open("/staff/cases/" + atRisk);
        click(link("Cymraeg"));
        assertThat(text("case-glance")).contains("Archwiliadau priffyrdd", "Wrthi'n cael ei asesu");
        assertInView(button("Newid statws"), "the first action in Welsh, without scrolling");
        assertAccessible("a case in Welsh on a desktop");
        open("/staff");
        assertThat(heading()).isEqualTo("Eich gwaith");
        assertAccessible("Your work in Welsh");
    }

    @Test
    void onATabletTheActionsAreADrawerOpenedAndClosedByKeyboard() {
        startBrowser(Viewport.TABLET);
        open("/staff/cases/" + answered);
        signInAs("cara");
        WebElement actions = driver.findElement(By.id("case-actions-panel"));
        assertThat(actions.isDisplayed()).as("shut until opened").isFalse();
        assertNoSidewaysScrolling("a case on a tablet");
        assertAccessible("a case on a tablet, its actions shut");

        tabTo("case-actions-toggle");
        press(Keys.ENTER);

        assertThat(actions.isDisplayed()).isTrue();
        assertThat(activeId()).as("the focus moves into the drawer").isEqualTo("case-actions-panel");
        assertThat(driver.findElement(By.id("case-actions-toggle")).getDomAttribute("aria-expanded")).isEqualTo("true");
        assertInView(button("Ask the resident"), "Ask the resident in the open drawer");
        assertAccessible("a case on a tablet, its actions open");

        press(Keys.ESCAPE);

        assertThat(actions.isDisplayed()).isFalse();
        assertThat(activeId()).as("the focus back on the button").isEqualTo("case-actions-toggle");

        click(link("Cymraeg"));
        tabTo("case-actions-toggle");
        press(Keys.ENTER);
        assertThat(driver.findElement(By.id("case-actions-toggle")).getText()).isEqualTo("Cuddio'r camau");
        assertAccessible("a case in Welsh on a tablet, its actions open");
        tabTo("case-actions-close");
        press(Keys.ENTER);
        assertThat(driver.findElement(By.id("case-actions-panel")).isDisplayed()).isFalse();
        assertThat(activeId()).isEqualTo("case-actions-toggle");
    }

    /** Sam reports a pothole that is not dangerous, so it waits for an inspection; its reference. */
    private String aPotholeReport(String where) {
        SecurityContextHolder.getContext().setAuthentication(People.sam());
        Answers answers = Answers.NONE
                .with("location", new Answer(Map.of("usrn", List.of("32710042"), "description", List.of(where))))
                .with("surface", Answer.of("road"))
                .with("danger", Answer.of("no"));
        String reference = Reference.random().value();
        opening.open(new RequestSubmitted(UUID.randomUUID().toString(), new Reference(reference), "pothole",
                catalogue.current("pothole").orElseThrow().version(), residents.current().id().toString(), Channel.WEB,
                null, Instant.now(), answers));
        SecurityContextHolder.clearContext();
        return reference;
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private String activeId() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.activeElement.id;");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Number> rect(WebElement element) {
        return (Map<String, Number>) ((JavascriptExecutor) driver).executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};""", element);
    }

    /** Vaadin fields whose labels are not cut short: each says all of its words. */
    private void assertLabelsWhole(String fields) {
        List<WebElement> found = driver.findElements(By.cssSelector(fields));
        assertThat(found).as(fields).isNotEmpty();
        for (WebElement field : found) {
            Boolean whole = (Boolean) ((JavascriptExecutor) driver).executeScript("""
                    const part = arguments[0].shadowRoot.querySelector('[part~="label"]');
                    const label = arguments[0].querySelector('[slot="label"]');
                    return [part, label].every(e => e.scrollWidth <= e.clientWidth + 1);""", field);
            assertThat(whole).as("the label of %s whole", field.getText()).isTrue();
        }
    }

    /** Wholly inside the window as it is scrolled now. */
    private void assertInView(WebElement element, String what) {
        assertThat(element.isDisplayed()).as(what).isTrue();
        Map<String, Number> box = rect(element);
        Number height = (Number) ((JavascriptExecutor) driver).executeScript("return window.innerHeight;");
        assertThat(box.get("top").doubleValue()).as(what).isGreaterThanOrEqualTo(0);
        assertThat(box.get("bottom").doubleValue()).as(what).isLessThanOrEqualTo(height.doubleValue());
    }

    /** The top of the page, 1280 px wide and taller than the test's window, so that the picture shows more. */
    private void screenshot(String name, int height) throws IOException {
        Dimension window = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(window.getWidth(), height));
        try {
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            driver.manage().window().setSize(window);
        }
    }
}
