package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A resident finds a service by searching, fills it in with their details prefilled, adds a photo,
 * leaves and comes back on another browser, checks and changes an answer, and sends it.
 */
class ApplyJourneyIT extends PortalBrowserTest {

    private static final Path PHOTO = Path.of("src/test/resources/files/photo.jpg");
    private static final Path NOT_A_PHOTO = Path.of("src/test/resources/files/notes.png");

    private final FormPages form = new FormPages(this);

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aResidentReportsAPotholeWithAPhotoAcrossTwoBrowsers(Viewport viewport) {
        startBrowser(viewport);
        open("/");
        driver.findElement(By.cssSelector("input[type=search], input[name=q]")).sendKeys("pothole", Keys.ENTER);
        waitForPage();
        assertAccessible("search results for pothole");
        click(link("Report a pothole"));
        assertAccessible("the pothole service's start page");
        click(link("Start now"));
        signInAs("sam");

        assertThat(heading()).isEqualTo("Where is the pothole?");
        form.continueOn();
        assertThat(form.errorSummary()).contains("There is a problem", "Tell us where the pothole is");
        assertThat(driver.getTitle()).startsWith("Error:");
        assertAccessible("location page with an error");
        form.findStreet("location", "Stryd", "Outside number 12, by the bus stop");
        assertAccessible("location page with a street chosen");
        form.continueOn();

        assertThat(heading()).isEqualTo("Is the pothole in the road or on the pavement?");
        form.choose("In the road");
        form.continueOn();
        form.choose("Smaller than a dinner plate");
        form.continueOn();
        form.choose("No");
        form.continueOn();
        assertThat(heading()).isEqualTo("Add photos of the pothole (optional)");

        // leave, and come back on another browser
        driver.quit();
        startBrowser(viewport);
        open("/my-requests");
        signInAs("sam");
        assertThat(form.main()).contains("Forms you have started", "Report a pothole", "Last saved", "We will delete it on");
        assertAccessible("My requests with a form started");
        click(link("Report a pothole"));
        assertThat(heading()).as("back where they left off").isEqualTo("Add photos of the pothole (optional)");

        form.upload("photos", NOT_A_PHOTO);
        waitUntil(d -> form.main().contains("must be a JPG"));
        form.upload("photos", PHOTO);
        waitUntil(d -> form.main().contains("photo.jpg"));
        assertAccessible("photo page with a file added and one refused");
        form.continueOn();
        form.type("details", "It is getting deeper every day.");
        form.continueOn();

        assertThat(heading()).isEqualTo("What is your email address?");
        assertThat(form.main()).contains("From your account");
        assertThat(form.value("email")).as("prefilled from the account").contains("@");
        String newEmail = "sam." + viewport.name().toLowerCase() + "@example.org";
        form.type("email", newEmail);
        form.continueOn();
        assertThat(heading()).isEqualTo("Update your account too?");
        assertAccessible("update your account too");
        form.choose("Yes, update my account");
        form.continueOn();

        assertThat(heading()).isEqualTo("Check your answers before sending your request");
        assertThat(form.main()).contains("Stryd", "Outside number 12, by the bus stop", "In the road",
                "Smaller than a dinner plate", "photo.jpg", newEmail);
        assertAccessible("check your answers");
        click(driver.findElement(By.xpath("//a[starts-with(normalize-space(.), 'Change') and contains(., 'How big is the pothole?')]")));
        form.choose("Wider than a car wheel");
        form.continueOn();
        assertThat(heading()).as("a change comes back here").isEqualTo("Check your answers before sending your request");
        assertThat(form.main()).contains("Wider than a car wheel").doesNotContain("Smaller than a dinner plate");

        click(button("Accept and send"));
        assertThat(form.errorSummary()).contains("Confirm the declaration to send your request");
        driver.findElement(By.cssSelector("vaadin-checkbox#declaration")).click();
        click(button("Accept and send"));
        assertThat(heading()).isEqualTo("Request sent");
        String reference = driver.findElement(By.cssSelector(".porth-panel .porth-reference")).getText();
        assertThat(reference).matches("PTH-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(form.main()).contains("We aim to respond within 5 working days.");
        assertAccessible("request sent");

        open("/my-requests");
        assertThat(form.main()).contains(reference, "Report a pothole").doesNotContain("Forms you have started");
        open("/my-account");
        assertThat(form.main()).as("told once, changed everywhere").contains(newEmail);
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aWelshSpeakingResidentReportsAMissedBinInWelsh(Viewport viewport) {
        welsh = true;
        startBrowser(viewport);
        open("/my-requests");
        signInAs("rhian");
        open("/services?q=sbwriel");
        assertThat(form.main()).contains("Rhoi gwybod am gasgliad bin a fethwyd");
        assertAccessible("Welsh search results");
        click(link("Rhoi gwybod am gasgliad bin a fethwyd"));
        click(link("Dechrau nawr"));

        assertThat(heading()).isEqualTo("Beth yw'r cyfeiriad lle na chafodd y bin ei gasglu?");
        assertThat(htmlLang()).isEqualTo("cy");
        form.findAddress("address", "PT1 1AA", 2);
        assertAccessible("Welsh address page");
        form.continueOn();
        form.choose("Bin du (sbwriel cyffredinol)");
        form.continueOn();
        form.dateParts("collection-date", "31", "2", "2026");
        form.continueOn();
        assertThat(form.errorSummary()).contains("Mae problem wedi codi");
        assertThat(form.value("collection-date-day")).as("nothing typed is lost").isEqualTo("31");
        assertAccessible("Welsh date page with an error");
        form.date("collection-date", FormPages.yesterday());
        form.continueOn();
        form.choose("Ie");
        form.continueOn();
        form.continueOn();
        form.type("email", "rhian@example.com");
        form.continueOn();
        assertThat(heading()).isEqualTo("Diweddaru eich cyfrif hefyd?");
        form.choose("Nac ydw, defnyddiwch nhw ar gyfer y cais hwn yn unig");
        form.continueOn();

        assertThat(heading()).isEqualTo("Gwiriwch eich atebion cyn anfon eich cais");
        assertAccessible("Welsh check your answers");
        driver.findElement(By.cssSelector("vaadin-checkbox#declaration")).click();
        click(button("Derbyn ac anfon"));
        assertThat(heading()).isEqualTo("Cais wedi'i anfon");
        assertThat(form.main()).contains("Ein nod yw ymateb o fewn 2 diwrnod gwaith.");
        assertAccessible("Welsh request sent");
    }
}
