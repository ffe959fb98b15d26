package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A caseworker fills in a form for a resident who phoned; the resident sees it in My requests. */
class AssistedDigitalIT extends PortalBrowserTest {

    private final FormPages form = new FormPages(this);

    @Test
    void aCaseworkerReportsAMissedBinForACallerWhoThenSeesIt() {
        startBrowser(Viewport.DESKTOP);
        open("/my-requests");
        signInAs("rhian"); // the council knows Rhian once she has signed in
        driver.quit();

        startBrowser(Viewport.DESKTOP);
        open("/staff/callers");
        signInAs("cara");
        assertThat(heading()).isEqualTo("Help a caller");
        assertAccessible("help a caller");
        driver.findElement(By.cssSelector("#caller-query input")).clear();
        driver.findElement(By.cssSelector("#caller-query input")).sendKeys("rhian evans");
        click(button("Search"));
        click(link("Rhian Evans"));
        assertThat(heading()).isEqualTo("Start a request for Rhian Evans");
        click(button("Start the form"));
        assertThat(form.errorSummary()).contains("Select the service the caller needs",
                "Select how the caller contacted the council");
        assertAccessible("start a request for a caller, with errors");
        new Select(driver.findElement(By.id("service"))).selectByVisibleText("Report a missed bin collection");
        form.choose("By phone");
        click(button("Start the form"));

        assertThat(form.main()).contains("You are filling this in for Rhian Evans, who contacted the council by phone.");
        assertThat(driver.findElements(By.cssSelector(".porth-header--staff"))).as("inside the back office").isNotEmpty();
        form.findAddress("address", "PT1 1AA", 1);
        form.continueOn();
        form.choose("Black bin (general rubbish)");
        form.continueOn();
        form.date("collection-date", FormPages.yesterday());
        form.continueOn();
        form.choose("Yes");
        form.continueOn();
        form.continueOn();
        assertThat(heading()).isEqualTo("What is your email address?");
        form.continueOn();
        assertThat(heading()).as("an officer is not asked to change the caller's account")
                .isEqualTo("Check your answers before sending your request");
        driver.findElement(By.cssSelector("vaadin-checkbox#declaration")).click();
        click(button("Accept and send"));
        assertThat(heading()).isEqualTo("Request sent");
        String reference = driver.findElement(By.cssSelector(".porth-panel .porth-reference")).getText();
        assertAccessible("request sent for a caller");
        driver.quit();

        startBrowser(Viewport.PHONE);
        open("/my-requests");
        signInAs("rhian");
        assertThat(form.main()).contains(reference, "Rhoi gwybod am gasgliad bin a fethwyd", "Dros y ffôn");
    }
}
