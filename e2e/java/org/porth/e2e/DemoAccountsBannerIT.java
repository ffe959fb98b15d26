package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * While demo accounts (published passwords) can sign in, every page warns of it at the top, in the
 * page's language, as a named region a screen reader can list: residents' pages, the embedded
 * provider's sign-in page and the staff area, axe-clean on a phone and a desktop.
 */
class DemoAccountsBannerIT extends PortalBrowserTest {

    private static final String ENGLISH = "Warning This is a demonstration portal. Anyone can sign in to its demo"
            + " accounts because their passwords are published. Do not enter real personal information.";
    private static final String WELSH = "Rhybudd Porth arddangos yw hwn. Gall unrhyw un fewngofnodi i'w gyfrifon"
            + " arddangos gan fod eu cyfrineiriau wedi'u cyhoeddi. Peidiwch â rhoi gwybodaeth bersonol go iawn.";

    @OnPhoneAndDesktop
    void everyPageWarnsOfTheDemoAccountsInEnglishAndWelsh(Viewport viewport) {
        startBrowser(viewport);
        open("/");
        assertBanner("Demonstration portal", ENGLISH);
        assertAccessible("start page with the demo accounts' warning");
        assertNoSidewaysScrolling("start page with the demo accounts' warning");

        open("/my-requests");
        assertThat(path()).isEqualTo("/idp/login");
        assertBanner("Demonstration portal", ENGLISH);
        assertAccessible("the provider's sign-in page with the demo accounts' warning");
        assertNoSidewaysScrolling("the provider's sign-in page with the demo accounts' warning");

        click(link("Cymraeg"));
        assertBanner("Porth arddangos", WELSH);
        assertAccessible("the provider's sign-in page in Welsh with the demo accounts' warning");

        signInAs("rhian");
        assertThat(htmlLang()).isEqualTo("cy");
        assertBanner("Porth arddangos", WELSH);
        assertAccessible("My requests in Welsh with the demo accounts' warning");
    }

    @OnPhoneAndDesktop
    void theStaffAreaWarnsToo(Viewport viewport) {
        startBrowser(viewport);
        open("/staff");
        signInAs("cara");
        assertThat(path()).startsWith("/staff");
        assertBanner("Demonstration portal", ENGLISH);
        assertAccessible("staff home with the demo accounts' warning");
        assertNoSidewaysScrolling("staff home with the demo accounts' warning");
    }

    /** One banner, above the header, labelled, with GOV.UK's hidden "Warning" before its words. */
    private void assertBanner(String label, String text) {
        WebElement banner = driver.findElement(By.cssSelector("section.porth-demo-banner"));
        assertThat(driver.findElements(By.cssSelector(".porth-demo-banner"))).hasSize(1);
        assertThat(banner.getAttribute("aria-label")).isEqualTo(label);
        assertThat(banner.getAttribute("textContent").strip().replaceAll("\\s+", " ")).isEqualTo(text);
        assertThat(banner.isDisplayed()).isTrue();
        Number bannerTop = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().top;", banner);
        Number headerTop = (Number) driver.executeScript(
                "return document.querySelector('header').getBoundingClientRect().top;");
        assertThat(bannerTop.doubleValue()).as("above the header").isLessThan(headerTop.doubleValue());
    }
}
