package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * A resident finds a service by searching, fills it in with their details prefilled, adds a photo
 * (and is told which of the photos chosen together beyond the question's 3 was not added), leaves
 * and comes back on another browser, checks and changes an answer, and sends it; and none of what
 * they typed, nor who they are, is in the portal's logs.
 */
class ApplyJourneyIT extends PortalBrowserTest {

    private static final Path PHOTO = Path.of("src/test/resources/files/photo.jpg");
    private static final Path NOT_A_PHOTO = Path.of("src/test/resources/files/notes.png");

    private final FormPages form = new FormPages(this);

    /** Sam reads the portal in English, Rhian in Welsh (her account says so). */
    enum Resident {
        SAM("sam", false), RHIAN("rhian", true);

        final String username;
        final boolean welsh;

        Resident(String username, boolean welsh) {
            this.username = username;
            this.welsh = welsh;
        }
    }

    /** Each language once and each screen once: the Welsh journey below is the other way round. */
    static Stream<Arguments> residentsAndScreens() {
        return Stream.of(Arguments.of(Resident.SAM, Viewport.DESKTOP), Arguments.of(Resident.RHIAN, Viewport.PHONE));
    }

    /** Copies of the photo under these names, to choose together. */
    private static Path[] copies(String... names) {
        try {
            Path folder = Files.createTempDirectory("chosen");
            for (String name : names) {
                Files.copy(PHOTO, folder.resolve(name));
            }
            return Stream.of(names).map(folder::resolve).toArray(Path[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("residentsAndScreens")
    void aResidentReportsAPotholeWithAPhotoAcrossTwoBrowsers(Resident resident, Viewport viewport) {
        try (PortalLog log = PortalLog.record()) {
            reportAPothole(resident, viewport);
            assertThat(log.events()).as("the portal's logs of the whole journey").isNotEmpty()
                    .noneSatisfy(event -> assertThat(event).containsAnyOf("Sam Taylor", "Rhian Evans",
                            "sam.taylor@example.com", "rhian.evans@example.com", "@example.org", "by the bus stop",
                            "getting deeper", "photo.jpg"));
        }
    }

    private void reportAPothole(Resident resident, Viewport viewport) {
        welsh = resident.welsh;
        startBrowser(viewport);
        open("/my-requests");
        signInAs(resident.username);
        open("/");
        driver.findElement(By.cssSelector("input[type=search], input[name=q]"))
                .sendKeys(text("pothole", "twll"), Keys.ENTER);
        waitForPage();
        assertAccessible("search results");
        click(link(text("Report a pothole", "Rhoi gwybod am dwll yn y ffordd")));
        assertAccessible("the pothole service's start page");
        click(link(text("Start now", "Dechrau nawr")));

        assertThat(heading()).isEqualTo(text("Where is the pothole?", "Ble mae'r twll?"));
        assertThat(htmlLang()).isEqualTo(text("en", "cy"));
        form.continueOn();
        assertThat(form.errorSummary()).contains(text("There is a problem", "Mae problem wedi codi"),
                text("Tell us where the pothole is", "Dywedwch wrthym ble mae'r twll"));
        assertThat(driver.getTitle()).startsWith(text("Error:", "Gwall:"));
        assertAccessible("location page with an error");
        form.findStreet("location", "Stryd", "Outside number 12, by the bus stop");
        assertAccessible("location page with a street chosen");
        form.continueOn();

        assertThat(heading()).isEqualTo(text("Is the pothole in the road or on the pavement?",
                "Ydy'r twll yn y ffordd neu ar y palmant?"));
        form.choose(text("In the road", "Yn y ffordd"));
        form.continueOn();
        form.choose(text("Smaller than a dinner plate", "Llai na phlât cinio"));
        form.continueOn();
        form.choose(text("No", "Na"));
        form.continueOn();
        String photoPage = text("Add photos of the pothole (optional)", "Ychwanegwch luniau o'r twll (dewisol)");
        assertThat(heading()).isEqualTo(photoPage);

        // leave, and come back on another browser
        driver.quit();
        startBrowser(viewport);
        open("/my-requests");
        signInAs(resident.username);
        assertThat(form.main()).contains(text("Forms you have started", "Ffurflenni rydych wedi eu dechrau"),
                text("Report a pothole", "Rhoi gwybod am dwll yn y ffordd"), text("Last saved", "Cadwyd ddiwethaf"),
                text("We will delete it on", "Byddwn yn ei dileu ar"));
        assertAccessible("My requests with a form started");
        click(link(text("Report a pothole", "Rhoi gwybod am dwll yn y ffordd")));
        assertThat(heading()).as("back where they left off").isEqualTo(photoPage);

        form.upload("photos", NOT_A_PHOTO);
        waitUntil(d -> form.main().contains(text("notes.png must be a JPG", "Rhaid i notes.png fod yn ffeil JPG")));
        form.upload("photos", PHOTO);
        waitUntil(d -> form.main().contains("photo.jpg"));
        assertAccessible("photo page with a file added and one refused");
        form.upload("photos", copies("road.jpg", "kerb.jpg", "verge.jpg"));
        String notAdded = text("was not added: you can add up to 3 files", "ei hychwanegu: gallwch ychwanegu hyd at 3 ffeil");
        waitUntil(d -> form.main().contains(notAdded));
        assertThat(form.errorSummary()).as("the one chosen beyond the 3 the question takes is named").contains(notAdded);
        assertThat(driver.findElements(By.cssSelector("#q-photos-frame .porth-file-list li"))).hasSize(3);
        form.continueOn();
        form.type("details", "It is getting deeper every day.");
        form.continueOn();

        assertThat(heading()).isEqualTo(text("What is your email address?", "Beth yw eich cyfeiriad e-bost?"));
        assertThat(form.main()).contains(text("From your account", "O'ch cyfrif"));
        assertThat(form.value("email")).as("prefilled from the account").contains("@");
        String newEmail = resident.username + "." + viewport.name().toLowerCase() + "@example.org";
        form.type("email", newEmail);
        form.continueOn();
        assertThat(heading()).isEqualTo(text("Update your account too?", "Diweddaru eich cyfrif hefyd?"));
        assertAccessible("update your account too");
        form.choose(text("Yes, update my account", "Ydw, diweddarwch fy nghyfrif"));
        form.continueOn();

        String checkPage = text("Check your answers before sending your request", "Gwiriwch eich atebion cyn anfon eich cais");
        assertThat(heading()).isEqualTo(checkPage);
        assertThat(form.main()).contains("Stryd", "Outside number 12, by the bus stop", text("In the road", "Yn y ffordd"),
                text("Smaller than a dinner plate", "Llai na phlât cinio"), "photo.jpg", newEmail);
        assertAccessible("check your answers");
        String size = text("How big is the pothole?", "Pa mor fawr yw'r twll?");
        click(driver.findElement(By.xpath("//dd/a[contains(., \"" + size + "\")]")));
        form.choose(text("Wider than a car wheel", "Lletach nag olwyn car"));
        form.continueOn();
        assertThat(heading()).as("a change comes back here").isEqualTo(checkPage);
        assertThat(form.main()).contains(text("Wider than a car wheel", "Lletach nag olwyn car"))
                .doesNotContain(text("Smaller than a dinner plate", "Llai na phlât cinio"));

        click(button(text("Accept and send", "Derbyn ac anfon")));
        assertThat(form.errorSummary()).contains(text("Confirm the declaration to send your request",
                "Cadarnhewch y datganiad i anfon eich cais"));
        driver.findElement(By.cssSelector("vaadin-checkbox#declaration")).click();
        click(button(text("Accept and send", "Derbyn ac anfon")));
        assertThat(heading()).isEqualTo(text("Request sent", "Cais wedi'i anfon"));
        String reference = driver.findElement(By.cssSelector(".porth-panel .porth-reference")).getText();
        assertThat(reference).matches("PTH-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(form.main()).contains(text("We aim to respond within 5 working days.",
                "Ein nod yw ymateb o fewn 5 diwrnod gwaith."));
        assertAccessible("request sent");
        rateTheServiceByKeyboard();

        open("/my-requests");
        assertThat(form.main()).contains(reference).doesNotContain(text("Forms you have started",
                "Ffurflenni rydych wedi eu dechrau"));
        open("/my-account");
        assertThat(form.main()).as("told once, changed everywhere").contains(newEmail);
    }

    @Test
    void aWelshSpeakingResidentReportsAMissedBinInWelsh() {
        welsh = true;
        startBrowser(Viewport.DESKTOP);
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

    /** The satisfaction question under "Request sent": sent without an answer first, then "Very satisfied". */
    private void rateTheServiceByKeyboard() {
        tabTo("send-satisfaction");
        press(Keys.ENTER);
        assertThat(form.errorSummary()).contains(text("Select how you felt about the service you received today",
                "Dewiswch sut oeddech chi'n teimlo am y gwasanaeth a gawsoch heddiw"));
        assertAccessible("satisfaction question with an error");
        for (int presses = 0; presses < 30 && !inScoreGroup(); presses++) {
            tab();
        }
        assertThat(inScoreGroup()).as("the answers reachable by Tab").isTrue();
        press(Keys.SPACE);
        tabTo("send-satisfaction");
        press(Keys.ENTER);
        assertThat(driver.findElement(By.id("satisfaction-thanks")).getText())
                .isEqualTo(text("Thank you for your feedback.", "Diolch am eich adborth."));
    }

    private boolean inScoreGroup() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !!(document.activeElement && document.activeElement.closest('#satisfaction'));"));
    }
}
