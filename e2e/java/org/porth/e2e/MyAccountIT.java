package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * My account in a browser, on a phone and a desktop: the details with their Change links, a phone
 * number corrected by keyboard alone after an error (Enter sends the answer, the error summary
 * takes focus and its link leads back to the input), every page axe-clean and none wider than the screen.
 */
class MyAccountIT extends PortalBrowserTest {

    @OnPhoneAndDesktop
    void aResidentCorrectsTheirPhoneNumberByKeyboard(Viewport viewport) {
        startBrowser(viewport);
        open("/my-account");
        signInAs("sam");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Your details", "Sam Taylor", "Not given", "Information you have agreed to share");
        assertFitsTheScreen(viewport);
        assertAccessible("My account");

        WebElement change = driver.findElement(By.cssSelector("a[href='my-account/phone']"));
        change.sendKeys(Keys.ENTER);
        waitUntil(d -> path().equals("/my-account/phone"));
        waitForPage();
        assertThat(heading()).isEqualTo("What is your phone number?");
        assertAccessible("change phone number");

        WebElement phone = driver.findElement(By.id("phone"));
        phone.clear();
        phone.sendKeys("0161 CALL ME", Keys.ENTER);
        waitUntil(d -> d.findElement(By.cssSelector(".porth-error-summary")).isDisplayed());
        assertThat(driver.findElement(By.cssSelector(".porth-error-summary")).getText())
                .contains("There is a problem", "Enter a phone number, like 01632 960 001 or 07700 900 982");
        waitUntil(d -> d.switchTo().activeElement().getAttribute("class").contains("porth-error-summary"));
        assertThat(driver.findElement(By.id("phone")).getAttribute("value")).isEqualTo("0161 CALL ME");
        assertFitsTheScreen(viewport);
        assertAccessible("change phone number, with an error");

        driver.findElement(By.cssSelector(".porth-error-summary a")).click();
        waitUntil(d -> "phone".equals(d.switchTo().activeElement().getAttribute("id")));
        WebElement focused = driver.switchTo().activeElement();
        focused.sendKeys(Keys.chord(Keys.CONTROL, "a"), "07700 900 982", Keys.ENTER);
        waitUntil(d -> path().equals("/my-account"));
        waitForPage();
        assertThat(driver.findElement(By.cssSelector(".porth-notification")).getText())
                .contains("We have updated your phone number.");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("07700 900 982");
    }

    @OnPhoneAndDesktop
    void everyChangePageIsAccessibleWithAndWithoutItsErrors(Viewport viewport) {
        startBrowser(viewport);
        open("/my-account");
        signInAs("sam");
        for (String page : List.of("name", "date-of-birth", "email", "contact-preferences", "support-needs", "address/manual")) {
            open("/my-account/" + page);
            assertFitsTheScreen(viewport);
            assertAccessible("change " + page);

            driver.findElements(By.cssSelector("main input:not([type=checkbox])")).forEach(WebElement::clear);
            driver.findElements(By.cssSelector("main vaadin-checkbox[checked]")).forEach(WebElement::click);
            click(button("Save"));
            waitUntil(d -> d.findElement(By.cssSelector(".porth-error-summary")).isDisplayed());
            assertFitsTheScreen(viewport);
            assertAccessible("change " + page + ", with errors");
        }
    }

    @Test
    void aWelshReaderOnAPhoneTellsUsOfSupportTheyNeedAfterAnError() {
        welsh = true;
        startBrowser(Viewport.PHONE);
        open("/my-account/support-needs?lang=cy");
        signInAs("sam");
        assertThat(heading()).isEqualTo("Dywedwch wrthym am gymorth sydd ei angen arnoch");
        assertThat(htmlLang()).isEqualTo("cy");
        assertFitsTheScreen(Viewport.PHONE);
        assertAccessible("support needs, in Welsh");

        click(driver.findElement(By.cssSelector("#support-needs vaadin-checkbox")));
        click(button("Cadw"));
        waitUntil(d -> d.findElement(By.cssSelector(".porth-error-summary")).isDisplayed());
        assertThat(driver.findElement(By.cssSelector(".porth-error-summary")).getText())
                .contains("Ticiwch y blwch i gytuno y gall timau'r cyngor ddefnyddio eich anghenion cymorth");
        assertFitsTheScreen(Viewport.PHONE);
        assertAccessible("support needs, in Welsh, with an error");

        click(driver.findElement(By.id("support-needs-consent")));
        click(button("Cadw"));
        waitUntil(d -> path().equals("/my-account"));
        waitForPage();
        assertThat(driver.findElement(By.cssSelector(".porth-notification")).getText())
                .contains("Rydym wedi cadw'r cymorth sydd ei angen arnoch.");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Mae gen i anabledd neu gyflwr iechyd hirdymor");
        assertAccessible("My account with support needs, in Welsh");
    }

    private void assertFitsTheScreen(Viewport viewport) {
        Number width = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(viewport.width());
    }
}
