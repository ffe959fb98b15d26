package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator edits a service's routing rules as a form, by keyboard, on a desktop and on a
 * tablet, in English and in Welsh: adds a condition picked from the pothole's questions and answers
 * and saves it (the YAML written shows it); adds a rule without a name or a question (refused by the
 * fields and in the summary); removes it and tries the rules on a request. Axe finds nothing.
 */
class RoutingRulesIT extends PortalBrowserTest {

    @Autowired
    private JdbcTemplate jdbc;

    /** The browser tests share one portal: the others route potholes by the definition. */
    @AfterEach
    void backToTheDefinitionsRouting() {
        jdbc.update("delete from routing_override");
    }

    static Stream<Arguments> screensAndLanguages() {
        return Stream.of(Arguments.of(Viewport.DESKTOP, false), Arguments.of(Viewport.TABLET, false),
                Arguments.of(Viewport.DESKTOP, true), Arguments.of(Viewport.TABLET, true));
    }

    @ParameterizedTest
    @MethodSource("screensAndLanguages")
    void anAdministratorAddsAConditionSavesItIsToldWhatIsMissingAndTriesTheRules(Viewport viewport, boolean inWelsh) {
        startBrowser(viewport);
        open("/staff/admin/routing");
        signInAs("alex");
        if (inWelsh) {
            welsh = true;
            click(link("Cymraeg"));
        }
        assertThat(heading()).isEqualTo(text("Routing rules", "Rheolau llwybro"));
        skipToTheMainContent();
        tabTo("routing-service");
        chooseByKeyboard(text("Report a pothole", "Rhoi gwybod am dwll yn y ffordd"));
        assertAccessible("routing rules form");
        assertNoSidewaysScrolling("routing rules form");

        tabTo("rule-1-add-condition");
        press(Keys.ENTER);
        assertThat(focusedControl()).as("the new condition's question").isEqualTo("rule-1-condition-2-question");
        chooseByKeyboard(text("Is the pothole in the road or on the pavement?", "Ydy'r twll yn y ffordd neu ar y palmant?"));
        tabToCheckbox("rule-1-condition-2-values", text("In the road", "Yn y ffordd"));
        press(Keys.SPACE);
        tabTo("routing-save");
        press(Keys.ENTER);
        assertThat(driver.findElement(By.id("routing-notice")).getText()).startsWith(text("Saved.", "Wedi'i gadw."));
        assertThat((String) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('routing-yaml').textContent")).contains("surface:\n        - road");
        assertAccessible("routing rules, saved");

        tabBackTo("routing-add-rule");
        press(Keys.ENTER);
        assertThat(focusedControl()).as("the new rule's name").isEqualTo("rule-2-name");
        tabTo("routing-save");
        press(Keys.ENTER);
        assertThat(driver.findElement(By.cssSelector(".porth-error-summary")).getText()).contains(
                text("Rule 2: enter a name", "Rheol 2: rhowch enw"),
                text("Rule 2, condition 1: choose a question", "Rheol 2, amod 1: dewiswch gwestiwn"));
        assertThat(driver.findElement(By.id("rule-2-name")).getDomAttribute("invalid")).isNotNull();
        assertAccessible("routing rules, a rule without a name or a question");
        assertNoSidewaysScrolling("routing rules, refused");

        tab();
        press(Keys.ENTER);
        assertThat(focusedControl()).as("the summary's first link leads to the field").isEqualTo("rule-2-name");
        tabTo("rule-2-remove");
        press(Keys.ENTER);
        assertThat(driver.findElements(By.id("rule-2-name"))).isEmpty();
        tabTo("preview-answer-surface");
        chooseByKeyboard(text("In the road", "Yn y ffordd"));
        tabTo("preview-answer-danger");
        chooseByKeyboard(text("Yes", "Ie"));
        tabTo("preview-button");
        press(Keys.ENTER);
        assertThat(driver.findElement(By.id("preview-result")).getText()).isEqualTo(text(
                "This request would go to Highway emergencies by the rule 'dangerous now'. Its priority would be Urgent."
                        + " It would not be flagged.",
                "Byddai'r cais hwn yn mynd i Argyfyngau priffyrdd drwy'r rheol 'dangerous now'. Ei flaenoriaeth fyddai Brys."
                        + " Ni fyddai'n cael ei nodi."));
        assertAccessible("routing rules, tried on a request");
    }

    /** The first Tab on a page reaches the skip link; Enter on it moves focus to the page itself. */
    private void skipToTheMainContent() {
        tab();
        assertThat(driver.switchTo().activeElement().getDomAttribute("href")).endsWith("#main-content");
        press(Keys.ENTER);
    }

    /** Shift+Tab, as a keyboard user goes back, until the control has focus. */
    private void tabBackTo(String controlId) {
        for (int presses = 0; presses < 30 && !controlId.equals(focusedControl()); presses++) {
            new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        }
        assertThat(focusedControl()).as("%s reachable by Shift+Tab", controlId).isEqualTo(controlId);
    }

    /** Tabs on until the checkbox with this label, in the group, has focus. */
    private void tabToCheckbox(String groupId, String label) {
        for (int presses = 0; presses < 30 && !label.equals(focusedCheckbox(groupId)); presses++) {
            tab();
        }
        assertThat(focusedCheckbox(groupId)).as("%s in %s reachable by Tab", label, groupId).isEqualTo(label);
    }

    private String focusedCheckbox(String groupId) {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const box = document.activeElement && document.activeElement.closest('vaadin-checkbox');
                return box && box.closest('#' + arguments[0]) ? box.textContent.trim() : null;
                """, groupId);
    }
}
