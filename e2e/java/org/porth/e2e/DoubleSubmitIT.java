package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The same form sent from two browsers at the same moment makes one request, with one reference. */
class DoubleSubmitIT extends PortalBrowserTest {

    private final FormPages form = new FormPages(this);
    private ChromeDriver second;

    @AfterEach
    void closeSecondBrowser() {
        if (second != null) {
            second.quit();
        }
    }

    @Test
    void sendingTheSameFormFromTwoBrowsersAtOnceMakesOneRequest() throws Exception {
        startBrowser(Viewport.DESKTOP);
        open("/services/missed-bin");
        click(link("Start now"));
        signInAs("sam");
        form.missedBlackBinUpToCheckYourAnswers("PT2 1YG");
        assertThat(heading()).isEqualTo("Check your answers before sending your request");
        String checkPage = driver.getCurrentUrl();

        second = Browser.start(Viewport.DESKTOP);
        second.get(checkPage);
        new WebDriverWait(second, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/idp/login"));
        second.findElement(By.id("username")).sendKeys("sam");
        second.findElement(By.id("password")).sendKeys("demo");
        second.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(second, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().equals(checkPage));
        new WebDriverWait(second, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("send")).isEmpty());

        driver.findElement(By.cssSelector("vaadin-checkbox#declaration")).click();
        second.findElement(By.cssSelector("vaadin-checkbox#declaration")).click();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> driver.findElement(By.id("send")).click());
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> second.findElement(By.id("send")).click());
        CompletableFuture.allOf(first, other).get();

        String reference = referenceShownIn(driver);
        assertThat(referenceShownIn(second)).as("both browsers show the same reference").isEqualTo(reference);
        open("/my-requests");
        assertThat(driver.findElements(By.xpath("//dd[normalize-space(.)='" + reference + "']"))).hasSize(1);
        assertThat(form.main()).doesNotContain("Forms you have started");
    }

    private static String referenceShownIn(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(
                By.cssSelector(".porth-panel .porth-reference")).stream().findFirst().map(e -> e.getText()).orElse(null));
    }
}
