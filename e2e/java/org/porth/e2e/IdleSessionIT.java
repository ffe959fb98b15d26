package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * The idle-session timeout, shortened to the servlet container's minimum of one minute with the
 * warning 45 seconds before it, instead of 30 minutes and 2.
 */
@TestPropertySource(properties = {"server.servlet.session.timeout=1m", "porth.session.warning-before=45s"})
class IdleSessionIT extends PortalBrowserTest {

    private static final Duration ONE_MINUTE_AND_SOME = Duration.ofSeconds(90);

    @Test
    void aResidentIsWarnedCanStayAndIsSignedOutWhenIdle() {
        startBrowser(Viewport.PHONE);
        open("/my-requests");
        signInAs("sam");

        WebElement warning = waitForWarning();
        assertThat(warning.getText()).contains("You will be signed out soon", "Stay signed in");
        assertThat(driver.switchTo().activeElement().getText()).as("focus moves into the warning")
                .isEqualTo("Stay signed in");
        assertAccessible("idle-session warning");

        button("Stay signed in").click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !warning.isDisplayed());
        assertThat(heading()).isEqualTo("My requests");

        waitForWarning();
        new WebDriverWait(driver, ONE_MINUTE_AND_SOME).until(d -> path().equals("/"));
        waitForPage();
        assertThat(driver.findElement(By.cssSelector(".porth-notification")).getText())
                .contains("We signed you out because you had not done anything for 1 minute.");

        open("/my-requests");
        assertThat(path()).as("the session really ended").isEqualTo("/idp/login");
    }

    private WebElement waitForWarning() {
        return new WebDriverWait(driver, ONE_MINUTE_AND_SOME).until(d -> {
            WebElement dialog = d.findElement(By.cssSelector("dialog.porth-dialog"));
            return dialog.isDisplayed() ? dialog : null;
        });
    }
}
