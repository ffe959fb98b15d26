package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reference shown to a resident survives a crash on the embedded defaults (H2 in files under
 * {@code ./data}): the portal runs as a process of its own, and the moment "Request sent" shows a
 * reference it is killed with SIGKILL, as a power cut to the process or the kernel's out-of-memory
 * killer would. Started again on the same folder, every reference shown is there, and no draft is
 * back. Several rounds, because a write that is merely delayed survives a kill now and then.
 * <p>
 * The browser drives the portal process, not the portal that the other browser tests share.
 */
class SentRequestSurvivesACrashIT extends PortalBrowserTest {

    private static final int ROUNDS = 2;

    private final FormPages form = new FormPages(this);
    private PortalProcess portal;

    @Override
    protected String url(String path) {
        return portal.url(path);
    }

    @Test
    void everyReferenceShownIsThereAfterTheServerIsKilledTheMomentItShows(@TempDir Path folder) throws Exception {
        startBrowser(Viewport.DESKTOP);
        List<String> shown = new ArrayList<>();
        try (PortalProcess crashing = new PortalProcess(folder)) {
            portal = crashing;
            for (int round = 0; round < ROUNDS; round++) {
                portal.start(Map.of()).awaitServing();
                fillInAMissedBinReport();
                shown.add(sendAndKillTheMomentTheReferenceShows());
            }
            portal.start(Map.of()).awaitServing();

            open("/my-requests");
            signInAs("sam");
            assertThat(heading()).isEqualTo("My requests");
            for (String reference : shown) {
                assertThat(driver.findElements(By.xpath("//dd[normalize-space(.)='" + reference + "']")))
                        .as("the request %s, whose reference was shown before the kill", reference).hasSize(1);
            }
            assertThat(form.main()).as("no sent form is back as a draft").doesNotContain("Forms you have started");
        }
    }

    private void fillInAMissedBinReport() {
        open("/services/missed-bin");
        click(link("Start now"));
        signInAs("sam");
        form.missedBlackBinUpToCheckYourAnswers("PT2 1YG");
        assertThat(heading()).isEqualTo("Check your answers before sending your request");
        driver.findElement(By.cssSelector("vaadin-checkbox#declaration")).click();
    }

    /** Sends, watches for the reference every few milliseconds, and kills the portal as soon as it is there. */
    private String sendAndKillTheMomentTheReferenceShows() throws InterruptedException {
        driver.findElement(By.id("send")).click();
        String reference = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(5))
                .until(d -> d.findElements(By.cssSelector(".porth-panel .porth-reference")).stream().findFirst()
                        .map(WebElement::getText).orElse(null));
        portal.kill();
        return reference;
    }
}
