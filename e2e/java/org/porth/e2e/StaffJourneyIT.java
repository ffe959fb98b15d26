package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Council staff sign in through the staff provider and reach the back office. */
class StaffJourneyIT extends PortalBrowserTest {

    @OnPhoneAndDesktop
    void aCaseworkerSignsInToTheBackOffice(Viewport viewport) {
        startBrowser(viewport);
        open("/staff");
        signInAs("cara");
        assertThat(path()).isEqualTo("/staff");
        assertThat(heading()).isEqualTo("Your work");
        String header = driver.findElement(By.cssSelector(".porth-header--staff")).getText();
        assertThat(header).contains("Cara Jones", "Caseworker", "Staff area");
        assertAccessible("staff home");

        click(link("Cymraeg"));
        assertThat(heading()).isEqualTo("Eich gwaith");
        assertThat(driver.findElement(By.cssSelector(".porth-header--staff")).getText()).contains("Gweithiwr achos");
        assertAccessible("staff home in Welsh");

        click(button("Allgofnodi"));
        assertThat(path()).isEqualTo("/");
        open("/staff");
        assertThat(path()).isEqualTo("/idp/login");
    }

    @Test
    void staffSignInFromTheFooterGoesToTheBackOffice() {
        startBrowser(Viewport.DESKTOP);
        open("/");
        link("Staff sign in").click();
        signInAs("sunil");
        assertThat(path()).isEqualTo("/staff");
        assertThat(driver.findElement(By.cssSelector(".porth-header--staff")).getText())
                .contains("Sunil Patel", "Caseworker", "Supervisor");
    }

    @Test
    void aResidentAccountCannotUseTheStaffSignIn() {
        startBrowser(Viewport.DESKTOP);
        open("/staff");
        signInAs("sam");
        assertThat(path()).isEqualTo("/");
        assertThat(driver.findElement(By.cssSelector(".porth-notification")).getText())
                .contains("We could not sign you in.");
        open("/staff");
        assertThat(path()).as("not signed in to the back office").isEqualTo("/idp/login");
    }
}
