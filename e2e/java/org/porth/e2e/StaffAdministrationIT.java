package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * An administrator, by keyboard, on a desktop and on a tablet (the routing rules: RoutingRulesIT):
 * puts an officer in a team and takes them out again, then reads the bookable
 * resources, tries to close one without choosing it, and gives a register office no places (refused
 * at the field and in the summary, what was typed kept, nothing saved). Axe finds nothing.
 */
class StaffAdministrationIT extends PortalBrowserTest {

    private static final String NEW_MEMBER = "staff:e2e-officer";

    @ParameterizedTest
    @EnumSource(value = Viewport.class, names = {"DESKTOP", "TABLET"})
    void anAdministratorChangesATeamAndReadsTheBookableResourcesAndTheirRules(Viewport viewport) {
        startBrowser(viewport);
        open("/staff/admin/teams");
        signInAs("alex");
        assertThat(heading()).isEqualTo("Teams");
        skipToTheMainContent();
        tabTo("team");
        chooseByKeyboard("Registrars");
        tabTo("staff-id");
        type(NEW_MEMBER);
        tabTo("add-member");
        press(Keys.ENTER);
        assertThat(driver.findElement(By.id("team-notice")).getText()).isEqualTo("Added. The officer now sees the team's queues.");
        String removeButton = "remove-registrars-staff-e2e-officer";
        assertThat(driver.findElement(By.id("members-registrars")).getText()).contains(NEW_MEMBER);
        assertNoSidewaysScrolling("teams");
        assertAccessible("teams, with an officer added");

        tabTo(removeButton);
        press(Keys.ENTER);
        assertThat(driver.findElement(By.id("team-notice")).getText())
                .isEqualTo("Removed. Cases assigned to the officer stay with them.");
        assertThat(driver.findElements(By.id(removeButton))).isEmpty();
        assertAccessible("teams, with the officer taken out again");

        open("/staff/admin/bookings");
        assertThat(heading()).isEqualTo("Bookable resources");
        assertThat(driver.findElement(By.id("rules-recycling-centre")).getText()).contains("Monday: 08:00 to 16:00");
        assertNoSidewaysScrolling("bookable resources");
        assertAccessible("bookable resources");
        skipToTheMainContent();
        tabTo("add-closure");
        press(Keys.ENTER);
        assertThat(driver.findElement(By.cssSelector(".porth-error-summary")).getText())
                .contains("Choose the resource to close");
        assertAccessible("bookable resources, a closure without a resource");

        open("/staff/admin/bookings/birth-registration-aberporth/rules");
        assertThat(heading()).isEqualTo("Booking rules: Birth registration, Aberporth Library");
        assertNoSidewaysScrolling("booking rules");
        assertAccessible("booking rules");
        skipToTheMainContent();
        tabTo("rules-capacity");
        type(Keys.END, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, "0");
        tabTo("save-rules");
        press(Keys.ENTER);
        assertThat(driver.findElement(By.cssSelector(".porth-error-summary")).getText())
                .contains("Each slot needs at least 1 place");
        assertThat(driver.findElement(By.cssSelector("#rules-capacity input")).getDomProperty("value"))
                .as("what was typed stays").isEqualTo("0");
        assertAccessible("booking rules, a capacity of none");
    }

    /** The first Tab on a page reaches the skip link; Enter on it moves focus to the page itself. */
    private void skipToTheMainContent() {
        tab();
        assertThat(driver.switchTo().activeElement().getDomAttribute("href")).endsWith("#main-content");
        press(Keys.ENTER);
    }
}
