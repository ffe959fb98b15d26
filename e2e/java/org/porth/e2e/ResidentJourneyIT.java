package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;

/** A resident signs in through the embedded provider, sees their requests, is kept out of staff pages, signs out. */
class ResidentJourneyIT extends PortalBrowserTest {

    @OnPhoneAndDesktop
    void residentSignsInAtThePageTheyAskedForAndSignsOutEverywhere(Viewport viewport) {
        startBrowser(viewport);
        open("/");
        assertThat(heading()).isEqualTo("What do you need to do?");
        assertThat(htmlLang()).isEqualTo("en");
        assertAccessible("start page, signed out");

        open("/my-requests");
        assertThat(path()).isEqualTo("/idp/login");
        assertThat(heading()).isEqualTo("Sign in to the portal");
        assertAccessible("embedded provider's sign-in page");

        signInAs("dewi");
        assertThat(path()).as("returned to the page first asked for").isEqualTo("/my-requests");
        assertThat(driver.getCurrentUrl()).doesNotContain("?");
        assertThat(heading()).isEqualTo("My requests");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("You have not made any requests yet.");
        assertAccessible("My requests, empty");

        open("/my-account");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Dewi Rees", "dewi.rees@example.com");
        assertAccessible("My account");

        open("/staff");
        assertThat(heading()).isEqualTo("You cannot see this page");
        assertThat(driver.getPageSource()).doesNotContain("Your work").doesNotContainIgnoringCase("exception");
        assertAccessible("staff page refused to a resident");

        signOut("Sign out");
        assertThat(path()).isEqualTo("/");
        assertThat(driver.findElement(By.cssSelector(".porth-notification")).getText()).contains("You have signed out.");
        assertAccessible("start page after signing out");

        open("/my-requests");
        assertThat(path()).as("the provider's session ended too: it asks for the password again")
                .isEqualTo("/idp/login");
    }

    @OnPhoneAndDesktop
    void signInMistakesAreExplainedAndTheUsernameIsKept(Viewport viewport) {
        startBrowser(viewport);
        open("/my-requests");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitForPage();
        assertThat(driver.findElement(By.cssSelector(".porth-error-summary")).getText())
                .contains("There is a problem", "Enter your username", "Enter your password");
        assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("porth-error-summary");
        assertThat(driver.getTitle()).startsWith("Error:");
        assertAccessible("sign-in page with errors");

        driver.findElement(By.id("username")).sendKeys("sam");
        driver.findElement(By.id("password")).sendKeys("wrong");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitForPage();
        assertThat(driver.findElement(By.cssSelector(".porth-error-summary")).getText())
                .contains("Enter a correct username and password");
        assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo("sam");
        assertThat(driver.findElement(By.id("username")).getAttribute("aria-describedby")).isEqualTo("username-error");

        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/my-requests"));
        waitForPage();
        assertThat(heading()).isEqualTo("My requests");
    }
}
