package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.porth.database.DatabaseProxy;
import org.porth.database.PostgresTestDatabase;

/**
 * The database goes away while a resident fills in a form, and comes back. The portal runs as a
 * process of its own on PostgreSQL, through a proxy the test severs and restores. Continue and Send
 * pressed while it is away say "Sorry, there is a problem with the service" at the top of the page,
 * keep what was typed (and the page is accessible); pressed again once it is back, they work.
 * <p>
 * The browser drives the portal process, not the portal that the other browser tests share.
 */
@ExtendWith(PostgresTestDatabase.WhenItAnswers.class)
class DatabaseBreakIT extends PortalBrowserTest {

    private static final String SCHEMA = PostgresTestDatabase.schemaFor(DatabaseBreakIT.class);

    private final FormPages form = new FormPages(this);
    private PortalProcess portal;

    @Override
    protected String url(String path) {
        return portal.url(path);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        PostgresTestDatabase.dropSchema(SCHEMA);
    }

    @Test
    void continueAndSendWhileTheDatabaseIsAwaySaySorryKeepWhatWasTypedAndWorkOnceItIsBack(@TempDir Path folder)
            throws Exception {
        try (DatabaseProxy proxy = DatabaseProxy.toTestDatabase();
                PortalProcess onPostgres = new PortalProcess(folder)) {
            portal = onPostgres;
            portal.start(Map.of("PORTH_DB_URL", proxy.jdbcUrl(SCHEMA)), arguments()).awaitServing();
            startBrowser(Viewport.DESKTOP);
            open("/services/missed-bin");
            click(link("Start now"));
            signInAs("sam");
            form.findAddress("address", "PT2 1YG", 1);
            String addressPage = heading();

            proxy.sever();
            form.continueOn();
            assertSorryAndStillOn(addressPage);
            assertThat(form.value("address-postcode")).isEqualTo("PT2 1YG");
            assertAccessible("a form page saying sorry, there is a problem with the service");

            proxy.restore();
            form.continueOn();
            assertThat(heading()).isNotEqualTo(addressPage);
            assertThat(driver.findElements(By.id("service-problem"))).noneMatch(WebElement::isDisplayed);

            form.choose("Black bin (general rubbish)");
            form.continueOn();
            form.date("collection-date", FormPages.yesterday());
            form.continueOn();
            form.choose("Yes");
            form.continueOn();
            form.continueOn();
            form.continueOn();
            String checkPage = heading();
            driver.findElement(By.cssSelector("vaadin-checkbox#declaration")).click();

            proxy.sever();
            click(driver.findElement(By.id("send")));
            assertSorryAndStillOn(checkPage);
            assertThat(driver.findElement(By.cssSelector("vaadin-checkbox#declaration")).getDomProperty("checked"))
                    .as("the declaration still ticked").isEqualTo("true");

            proxy.restore();
            click(driver.findElement(By.id("send")));
            String reference = waitUntil(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".porth-panel .porth-reference"))).getText();
            open("/my-requests");
            assertThat(driver.findElements(By.xpath("//dd[normalize-space(.)='" + reference + "']"))).hasSize(1);
        }
    }

    private void assertSorryAndStillOn(String page) {
        WebElement problem = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("service-problem")));
        assertThat(problem.getText()).contains("Sorry, there is a problem with the service",
                "What you typed has not been lost. Try again.");
        assertThat(heading()).isEqualTo(page);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("focus moved to the problem")
                .isEqualTo("service-problem");
    }

    /** The postgres profile, in the test's own schema (PORTH_DB_URL points it through the proxy). */
    private static String[] arguments() {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres"));
        PostgresTestDatabase.schemaProperties(SCHEMA).forEach((name, value) -> {
            if (name.startsWith("spring.flyway.")) {
                arguments.add("--" + name + "=" + value);
            }
        });
        return arguments.toArray(String[]::new);
    }
}
