package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.porth.apply.RequestSubmitted;
import org.porth.attachments.Attachments;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.TestPdfs;
import org.porth.attachments.UploadResult.Stored;
import org.porth.attachments.UploadSlot;
import org.porth.attachments.internal.FileSending;
import org.porth.browserless.People;
import org.porth.casework.internal.CaseOpening;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.catalogue.UploadLimits;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.identity.Role;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.Reference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A caseworker on a tablet who reads the portal in Welsh: the work queues, then a case whose
 * resident sent a two-page letter as a PDF; its first page is shown as a picture. Every heading and
 * action is in Welsh, nothing is wider than the screen, and axe finds nothing.
 */
class StaffOnATabletIT extends PortalBrowserTest {

    @Autowired
    private Attachments attachments;
    @Autowired
    private FileSending fileSending;
    @Autowired
    private CaseOpening opening;
    @Autowired
    private Catalogue catalogue;
    @Autowired
    private ResidentProfiles residents;

    private StoredFile letter;

    @AfterEach
    void signOutOfTheServices() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aWelshSpeakingOfficerWorksTheQueuesAndACaseOnATablet() {
        String reference = aPotholeReportedWithALetter();
        startBrowser(Viewport.TABLET);
        open("/staff/queues");
        signInAs("cara");
        click(link("Cymraeg"));

        assertThat(htmlLang()).isEqualTo("cy");
        assertThat(heading()).isEqualTo("Ciwiau gwaith");
        assertThat(button("Cymryd yr achos nesaf").isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("queue-counts")).getText()).contains("Archwiliadau priffyrdd");
        assertNoSidewaysScrolling("the work queues on a tablet");
        assertAccessible("the work queues in Welsh on a tablet");

        open("/staff/cases/" + reference);
        assertThat(heading()).isEqualTo("Achos " + reference);
        click(button("Dangos y camau"));
        assertThat(driver.findElements(By.tagName("h2"))).extracting(WebElement::getText)
                .contains("Beth ddywedodd y preswylydd wrthym", "Llinell amser", "Beth i'w wneud nesaf", "Symud yr achos");
        assertThat(button("Newid statws").isDisplayed()).isTrue();
        assertThat(button("Ailgyfeirio").isDisplayed()).isTrue();
        WebElement firstPage = driver.findElement(By.cssSelector("img.porth-case-files__page"));
        assertThat(firstPage.getDomAttribute("alt")).isEqualTo("llythyr.pdf, tudalen 1 o 2");
        Long loadedWidth = waitUntil(d -> naturalWidth(firstPage) > 0 ? naturalWidth(firstPage) : null);
        assertThat(loadedWidth).as("the picture the portal drew, loaded through its security").isEqualTo(800L);
        assertThat(link("Lawrlwytho llythyr.pdf").getDomAttribute("href")).isEqualTo("/files/" + letter.id());
        assertNoSidewaysScrolling("a case on a tablet");
        assertAccessible("a case in Welsh on a tablet");

        driver.findElement(By.cssSelector("#note textarea")).sendKeys("Ffoniais y preswylydd.");
        click(button("Ychwanegu nodyn"));
        assertThat(driver.findElement(By.id("case-notice")).getText())
                .isEqualTo("Wedi'i wneud. Mae'r achos isod yn dangos y newid.");
        assertThat(driver.findElement(By.id("case-timeline")).getText()).contains("Nodyn mewnol", "Ffoniais y preswylydd.");
        assertAccessible("a case in Welsh after a note");
    }

    /** Sam sends a letter with a pothole report that is not dangerous, so it waits for an inspection. */
    private String aPotholeReportedWithALetter() {
        SecurityContextHolder.getContext().setAuthentication(People.sam());
        String draft = UUID.randomUUID().toString();
        letter = ((Stored) attachments.upload(new UploadSlot.Question(draft, "photos"), "llythyr.pdf", TestPdfs.pages(2),
                UploadLimits.DEFAULT)).file();
        Answers answers = Answers.NONE
                .with("location", new Answer(Map.of("usrn", List.of("32710042"), "description", List.of("ger yr arhosfan bws"))))
                .with("surface", Answer.of("road"))
                .with("danger", Answer.of("no"))
                .with("photos", new Answer(Map.of("file", List.of(letter.id()))));
        String reference = Reference.random().value();
        opening.open(new RequestSubmitted(UUID.randomUUID().toString(), new Reference(reference), "pothole",
                catalogue.current("pothole").orElseThrow().version(), residents.current().id().toString(), Channel.WEB,
                null, Instant.now(), answers));
        // as the form does when Sam sends it
        fileSending.sendWithRequest(draft, answers.fileIds(), reference);
        SecurityContextHolder.clearContext();
        return reference;
    }

    private long naturalWidth(WebElement image) {
        return (Long) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth;", image);
    }
}
