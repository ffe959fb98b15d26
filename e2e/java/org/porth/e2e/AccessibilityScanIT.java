package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The axe scan every browser test relies on finds what it should: a picture without a text
 * alternative fails it, both when the scan reuses the axe an earlier scan left in the page and when a
 * full page load has cleared it.
 */
class AccessibilityScanIT extends PortalBrowserTest {

    @Test
    void aPictureWithoutATextAlternativeFailsTheScanWhetherAxeWasInjectedOrKept() {
        startBrowser(Viewport.DESKTOP);
        open("/services");
        assertAccessible("services page");

        addPictureWithoutText();
        assertThatThrownBy(() -> assertAccessible("services page with a bad picture"))
                .hasMessageContaining("image-alt").hasMessageContaining("porth-bad-picture");

        driver.navigate().refresh();
        waitForPage();
        assertThat(((JavascriptExecutor) driver).executeScript("return typeof axe")).isEqualTo("undefined");
        addPictureWithoutText();
        assertThatThrownBy(() -> assertAccessible("services page, loaded again, with a bad picture"))
                .hasMessageContaining("image-alt");
    }

    private void addPictureWithoutText() {
        ((JavascriptExecutor) driver).executeScript("""
                const picture = document.createElement('img');
                picture.id = 'porth-bad-picture';
                picture.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
                document.querySelector('main').appendChild(picture);
                """);
    }
}
