package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.porth.browserless.People;
import org.porth.casework.CaseReplies;
import org.porth.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A resident reports a dangerous pothole; its case is routed to highway emergencies with a due
 * date; a caseworker takes it with Take next, asks the resident for more, the resident replies (the
 * clock stops and starts again), and the caseworker finishes it with an outcome.
 */
class CaseworkIT extends PortalBrowserTest {

    private final FormPages form = new FormPages(this);

    @Autowired
    private CaseReplies replies;

    @AfterEach
    void signOutOfTheServices() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aReportedPotholeIsRoutedTakenAskedAboutAndFixed() {
        String reference = residentReportsADangerousPothole();

        startBrowser(Viewport.DESKTOP);
        open("/staff/queues");
        signInAs("cara");
        assertThat(heading()).isEqualTo("Work queues");
        assertThat(driver.findElement(By.id("queue-counts")).getText()).contains("Highway emergencies");
        assertAccessible("work queues");
        takeNextUntil(reference);
        assertThat(facts()).contains("In triage", "Highway emergencies", "Routed by the rule \"dangerous now\"", "Urgent",
                "Castell", "Cara Jones");
        assertThat(driver.findElement(By.id("case-timeline")).getText()).contains("Request received online");
        assertAccessible("a case");

        choose("status", "In progress");
        click(button("Change status"));
        click(button("Ask the resident"));
        assertThat(driver.findElement(By.cssSelector(".porth-error-summary")).getText())
                .contains("Enter what you need from the resident");
        assertAccessible("a case, with an error");
        driver.findElement(By.cssSelector("#question textarea")).sendKeys("Is it in the bus lane or the middle of the road?");
        click(button("Ask the resident"));
        assertThat(facts()).contains("Waiting for the resident", "paused: waiting for the resident");

        SecurityContextHolder.getContext().setAuthentication(People.sam());
        replies.reply(reference, "In the bus lane, by the stop.");
        open("/staff/cases/" + reference);
        assertThat(facts()).contains("In progress");
        assertThat(driver.findElement(By.id("case-timeline")).getText())
                .contains("The resident replied", "In the bus lane, by the stop.", "Clock running again: now due");

        choose("outcome", "Fixed");
        driver.findElement(By.cssSelector("#summary textarea")).sendKeys("We made the pothole safe the same day.");
        click(button("Finish the case"));
        assertThat(facts()).contains("Resolved", "(finished)");
        assertThat(driver.findElement(By.id("case-timeline")).getText())
                .contains("Outcome: Fixed", "We made the pothole safe the same day.");
        assertAccessible("a resolved case");
    }

    private String residentReportsADangerousPothole() {
        startBrowser(Viewport.PHONE);
        open("/my-requests");
        signInAs("sam");
        open("/services/pothole");
        click(link("Start now"));
        form.findStreet("location", "Stryd Fawr", "Outside the Red Lion");
        form.continueOn();
        form.choose("In the road");
        form.continueOn();
        form.choose("Bigger than a dinner plate");
        form.continueOn();
        form.choose("Yes");
        form.continueOn();
        form.continueOn();
        form.continueOn();
        form.type("email", "sam.taylor@example.com");
        form.continueOn();
        if (heading().equals("Update your account too?")) {
            form.choose("No, only use them for this request");
            form.continueOn();
        }
        assertThat(heading()).isEqualTo("Check your answers before sending your request");
        driver.findElement(By.cssSelector("vaadin-checkbox#declaration")).click();
        click(button("Accept and send"));
        String reference = driver.findElement(By.cssSelector(".porth-panel .porth-reference")).getText();
        driver.quit();
        return reference;
    }

    /** Other tests' cases may be as urgent: Take next until it is this one (each press takes one). */
    private void takeNextUntil(String reference) {
        for (int press = 0; press < 20 && !heading().equals("Case " + reference); press++) {
            open("/staff/queues");
            waitUntil(d -> !d.findElements(By.id("take-next")).isEmpty());
            click(driver.findElement(By.id("take-next")));
        }
        assertThat(heading()).isEqualTo("Case " + reference);
    }

    private String facts() {
        return driver.findElement(By.id("case-facts")).getText();
    }

    /** Picks an option of a select by its text, as a mouse user does. */
    private void choose(String selectId, String option) {
        driver.findElement(By.id(selectId)).click();
        WebElement item = waitUntil(d -> d.findElements(By.xpath("//vaadin-select-item[normalize-space(.)=\"" + option + "\"]"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        item.click();
        waitForPage();
    }
}
