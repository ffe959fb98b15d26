package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;

/** The portal in Welsh: switched by anyone, remembered on the device and, once signed in, with the account. */
class WelshLanguageIT extends PortalBrowserTest {

    @OnPhoneAndDesktop
    void anyoneCanSwitchToWelshAndBack(Viewport viewport) {
        startBrowser(viewport);
        open("/help");
        click(link("Cymraeg"));
        assertThat(path()).isEqualTo("/help");
        assertThat(heading()).isEqualTo("Cymorth a chysylltu");
        assertThat(htmlLang()).isEqualTo("cy");
        assertThat(driver.getTitle()).isEqualTo("Cymorth a chysylltu – Cyngor Sir Porth");
        assertAccessible("help page in Welsh");

        open("/");
        assertThat(heading()).as("remembered on this device").isEqualTo("Beth sydd angen i chi ei wneud?");
        assertAccessible("start page in Welsh");

        open("/my-requests");
        assertThat(heading()).isEqualTo("Mewngofnodi i'r porth");
        assertThat(htmlLang()).isEqualTo("cy");
        assertAccessible("sign-in page in Welsh");

        click(link("English"));
        assertThat(heading()).isEqualTo("Sign in to the portal");
        assertThat(htmlLang()).isEqualTo("en");
    }

    @OnPhoneAndDesktop
    void aWelshSpeakingResidentGetsWelshFromTheirAccount(Viewport viewport) {
        startBrowser(viewport);
        open("/my-requests");
        signInAs("rhian");
        assertThat(heading()).isEqualTo("Fy ngheisiadau");
        assertThat(htmlLang()).isEqualTo("cy");
        assertThat(driver.findElement(By.id("porth-navigation")).getAttribute("textContent")).contains("Fy nghyfrif", "Allgofnodi");
        assertAccessible("My requests in Welsh");
    }

    @OnPhoneAndDesktop
    void aLanguageSavedInMyAccountFollowsTheResidentToANewDevice(Viewport viewport) {
        startBrowser(viewport);
        open("/my-account");
        signInAs("sam");
        driver.findElement(By.xpath("//vaadin-radio-button[.//span[@lang='cy']]")).click();
        click(button("Save language"));
        assertThat(heading()).isEqualTo("Fy nghyfrif");
        assertThat(driver.findElement(By.cssSelector(".porth-notification")).getText())
                .isEqualTo("Rydym wedi cadw eich iaith.");
        assertAccessible("My account in Welsh, saved");

        driver.quit();
        startBrowser(viewport);
        open("/my-requests");
        assertThat(htmlLang()).as("a new device starts in English").isEqualTo("en");
        signInAs("sam");
        assertThat(heading()).isEqualTo("Fy ngheisiadau");
        assertThat(htmlLang()).isEqualTo("cy");
    }
}
