package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The portal by keyboard alone: skip link, the phone menu, and a visible focus. */
class KeyboardIT extends PortalBrowserTest {

    @Test
    void theFirstTabReachesAVisibleSkipLinkThatMovesFocusToThePage() {
        startBrowser(Viewport.DESKTOP);
        open("/help");
        tab();
        WebElement skipLink = driver.switchTo().activeElement();
        assertThat(skipLink.getText()).isEqualTo("Skip to main content");
        assertThat(skipLink.getRect().getX()).as("visible on screen when focused").isGreaterThanOrEqualTo(0);
        assertThat(skipLink.getCssValue("background-color")).as("the yellow focus colour")
                .isEqualTo("rgba(255, 221, 0, 1)");

        skipLink.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main-content");
        assertThat(path()).isEqualTo("/help");
    }

    @Test
    void onAPhoneTheMenuOpensAndIsUsedByKeyboard() {
        startBrowser(Viewport.PHONE);
        open("/");
        WebElement menu = driver.findElement(By.cssSelector(".porth-header__menu-button"));
        assertThat(driver.findElement(By.id("porth-navigation")).isDisplayed()).isFalse();
        assertThat(menu.getSize().getHeight()).as("a 44 px tap target").isGreaterThanOrEqualTo(44);

        focusByTab(menu);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitUntil(d -> "true".equals(menu.getAttribute("aria-expanded")));
        assertThat(driver.findElement(By.id("porth-navigation")).isDisplayed()).isTrue();
        assertAccessible("start page with the phone menu open");

        tab();
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Home");
        tab();
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Services");
        tab();
        WebElement signIn = driver.switchTo().activeElement();
        assertThat(signIn.getText()).isEqualTo("Sign in");
        assertThat(signIn.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        signIn.sendKeys(Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().contains("/idp/login"));
    }

    /** Tabs through the page until the element has focus, as a keyboard user would. */
    private void focusByTab(WebElement target) {
        for (int presses = 0; presses < 20 && !target.equals(driver.switchTo().activeElement()); presses++) {
            tab();
        }
        assertThat(driver.switchTo().activeElement()).as("reachable by Tab").isEqualTo(target);
    }
}
