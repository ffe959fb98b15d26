package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * An administrator, by keyboard, on a desktop and on a tablet: tries a service's routing on a
 * made-up request, puts an officer in a team and takes them out again, then reads the bookable
 * resources and tries to close one without choosing it. Axe finds nothing.
 */
class StaffAdministrationIT extends PortalBrowserTest {

    private static final String NEW_MEMBER = "staff:e2e-officer";

    @ParameterizedTest
    @EnumSource(value = Viewport.class, names = {"DESKTOP", "TABLET"})
    void anAdministratorTriesTheRoutingChangesATeamAndReadsTheBookableResources(Viewport viewport) {
        startBrowser(viewport);
        open("/staff/admin/routing");
        signInAs("alex");
        assertThat(heading()).isEqualTo("Routing rules");
        skipToTheMainContent();
        tabTo("routing-service");
        chooseByKeyboard("Report a pothole");
        assertThat(driver.findElement(By.cssSelector("#routing-text textarea")).getDomProperty("value"))
                .contains("dangerous now");

        tabTo("preview-answers");
        type("danger=yes");
        tabTo("preview-button");
        press(Keys.ENTER);
        assertThat(driver.findElement(By.id("preview-result")).getText())
                .isEqualTo("This request would go to Highway emergencies by the rule 'dangerous now'.");
        assertNoSidewaysScrolling("routing rules");
        assertAccessible("routing rules, tried on a request");

        open("/staff/admin/teams");
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
    }

    /** The first Tab on a page reaches the skip link; Enter on it moves focus to the page itself. */
    private void skipToTheMainContent() {
        tab();
        assertThat(driver.switchTo().activeElement().getDomAttribute("href")).endsWith("#main-content");
        press(Keys.ENTER);
    }
}
