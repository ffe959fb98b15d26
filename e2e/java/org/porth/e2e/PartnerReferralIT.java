package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.porth.integration.partners.Partner;
import org.porth.integration.partners.ReferralFixtures;
import org.porth.integration.partners.ReferralFixtures.Scene;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A caseworker refers a resident's case to a housing association: refused without a justification of
 * the lawful basis, then made with the resident's consent; and an administrator's partner pages. At 390
 * px and 1280 px, axe-clean, in English and Welsh.
 */
class PartnerReferralIT extends PortalBrowserTest {

    @Autowired
    private ReferralFixtures fixtures;

    @AfterEach
    void signOutOfTheServices() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aCaseworkerRefersACaseWithTheResidentsConsent(Viewport viewport) {
        Scene scene = fixtures.scene();
        Partner homes = fixtures.partner("Porth Homes " + UUID.randomUUID().toString().substring(0, 6), null,
                LocalDate.now().plusYears(1));
        SecurityContextHolder.clearContext();
        startBrowser(viewport);
        open("/staff/cases/" + scene.reference());
        signInAs("cara");
        assertThat(driver.findElement(By.id("case-referrals")).getText())
                .contains("Referrals to partners", "This case has not been referred to a partner.");
        assertAccessible("a case with its referral section");

        new Select(driver.findElement(By.id("referral-partner"))).selectByVisibleText(homes.name() + " (Housing)");
        radio("referral-type", "Housing");
        driver.findElement(By.cssSelector("#referral-reason textarea")).sendKeys("Damp in the bedroom; needs a transfer");
        radio("referral-basis", "Safeguarding");
        click(button("Refer the case"));
        assertThat(driver.findElement(By.cssSelector("#referral-form .porth-error-summary")).getText())
                .contains("Enter why this lawful basis applies");
        assertAccessible("a referral refused without a justification");

        radio("referral-basis", "The resident's consent");
        Select consent = new Select(driver.findElement(By.id("referral-consent")));
        consent.selectByIndex(1);
        click(button("Refer the case"));
        waitUntil(d -> d.findElement(By.id("case-referrals")).getText().contains(homes.name() + ": Housing"));
        assertThat(driver.findElement(By.id("case-timeline")).getText()).contains("Referred to " + homes.name());
        assertAccessible("a case referred");

        click(link("Cymraeg"));
        assertThat(driver.findElement(By.id("case-referrals")).getText())
                .contains("Atgyfeiriadau i bartneriaid", homes.name() + ": Tai");
        assertAccessible("a case referred, in Welsh");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void anAdministratorRegistersAPartner(Viewport viewport) {
        startBrowser(viewport);
        open("/staff/admin/partners");
        signInAs("alex");
        assertThat(heading()).isEqualTo("Partner organisations");
        assertAccessible("partner organisations");

        click(link("Register a partner"));
        assertThat(heading()).isEqualTo("Register a partner organisation");
        click(button("Register a partner"));
        assertThat(driver.findElement(By.cssSelector(".porth-error-summary")).getText())
                .contains("Enter the organisation's name");
        assertAccessible("a partner refused without a name");

        click(link("Cymraeg"));
        assertThat(heading()).isEqualTo("Cofrestru sefydliad partner");
        assertAccessible("register a partner, in Welsh");
    }

    private void radio(String groupId, String label) {
        click(driver.findElement(By.xpath("//vaadin-radio-group[@id='" + groupId + "']//vaadin-radio-button[normalize-space(.)=\""
                + label + "\"]")));
    }
}
