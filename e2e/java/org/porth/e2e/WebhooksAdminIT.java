package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator registers a webhook endpoint by keyboard (a mistake named at its field first), sees
 * its signing secret once, reads its deliveries (one failing with its last error) and sends one again;
 * at 1280 px and 390 px, axe-clean, in English and Welsh. On the same sign-in, the integration events
 * page shows a publication the broker refused, and sends it again.
 */
class WebhooksAdminIT extends PortalBrowserTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anAdministratorRegistersAWebhookAndSendsADeliveryAgain() {
        String name = "Highways system " + UUID.randomUUID().toString().substring(0, 6);
        startBrowser(Viewport.DESKTOP);
        open("/staff/admin/webhooks");
        signInAs("alex");
        assertThat(heading()).isEqualTo("Webhooks");
        assertAccessible("webhooks");

        tabTo("webhook-name");
        type(name);
        tabTo("webhook-url");
        type("http://localhost:9/porth-events");
        tabTo("register-webhook");
        press(Keys.ENTER);
        assertThat(driver.findElement(By.id("webhook-owner")).getText()).contains("Enter the owner's email address");
        assertAccessible("webhooks, with a mistake");

        tabTo("webhook-owner");
        type("highways@example.org", Keys.TAB, Keys.SPACE);
        tabTo("register-webhook");
        press(Keys.ENTER);
        assertThat(driver.findElement(By.id("webhook-secret")).getText()).contains("Endpoint registered",
                "It will not be shown again.");
        assertThat(driver.findElement(By.id("issued-webhook-secret")).getText()).startsWith("whsec_");
        assertThat(driver.findElement(By.id("webhooks")).getText()).contains(name, "org.porth.request.submitted.v1", "On");
        assertAccessible("webhooks, with the new secret");

        String id = jdbc.queryForObject("select id from webhook_endpoint where name = ?", String.class, name);
        delivery(id, "PTH-E2E-FAIL", "PENDING", "HTTP 503");
        delivery(id, "PTH-E2E-SENT", "SENT", null);
        click(link(name));
        assertThat(heading()).isEqualTo(name);
        assertThat(driver.findElement(By.id("webhook-deliveries")).getText())
                .contains("PTH-E2E-FAIL", "Failing, tried again at", "HTTP 503", "PTH-E2E-SENT", "Sent");
        assertAccessible("a webhook endpoint with its deliveries");

        WebElement again = driver.findElement(By.cssSelector("[aria-label^='Send again: org.porth.case.opened.v1 PTH-E2E-SENT']"));
        again.sendKeys(Keys.ENTER);
        waitForPage();
        assertThat(driver.findElement(By.id("webhook-notice")).getText())
                .isEqualTo("The delivery will be sent again shortly.");

        click(link("Cymraeg"));
        assertThat(driver.findElement(By.id("webhook-deliveries")).getText()).contains("Yn methu, cynnig eto am");
        assertThat(driver.findElement(By.id("switch-webhook")).getText()).isEqualTo("Diffodd");
        assertAccessible("a webhook endpoint in Welsh");

        driver.manage().window().setSize(new Dimension(Viewport.PHONE.width(), Viewport.PHONE.height()));
        assertNoSidewaysScrolling("a webhook endpoint in Welsh at 390 px");
        assertAccessible("a webhook endpoint in Welsh at 390 px");
        open("/staff/admin/webhooks");
        assertThat(heading()).isEqualTo("Bachau gwe");
        assertNoSidewaysScrolling("webhooks in Welsh at 390 px");
        assertAccessible("webhooks in Welsh at 390 px");

        failedPublicationsAreShownAndSentAgain();
    }

    /** The administrators' page of integration events, with one the broker refused; the row goes after. */
    private void failedPublicationsAreShownAndSentAgain() {
        UUID event = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.update("""
                insert into integration_event (id, type, subject, service_code, event_time, data, recorded_at,
                    relay_status, relay_attempts, last_attempt_at, last_error, next_attempt_at)
                values (?, 'org.porth.case.opened.v1', 'PTH-E2E-EVENT', 'pothole', ?, '{}', ?, 'PENDING', 2, ?,
                    'Returned by the broker: NO_ROUTE', ?)""",
                event, Timestamp.from(now), Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.plusSeconds(86_400)));
        try {
            open("/staff/admin/events");
            assertThat(heading()).isEqualTo("Digwyddiadau integreiddio");
            assertThat(driver.findElement(By.id("event-publications")).getText())
                    .contains("PTH-E2E-EVENT: org.porth.case.opened.v1", "2 cynnig", "Pam: Returned by the broker: NO_ROUTE");
            assertNoSidewaysScrolling("integration events in Welsh at 390 px");
            assertAccessible("integration events in Welsh at 390 px");

            driver.manage().window().setSize(new Dimension(Viewport.DESKTOP.width(), Viewport.DESKTOP.height()));
            click(link("English"));
            assertThat(heading()).isEqualTo("Integration events");
            assertThat(driver.findElement(By.id("event-publications")).getText())
                    .contains("No message broker is configured", "Failed to publish",
                            "PTH-E2E-EVENT: org.porth.case.opened.v1", "2 tries", "Why: Returned by the broker: NO_ROUTE");
            click(button("Try them again now"));
            assertThat(driver.findElement(By.id("events-notice")).getText()).endsWith("will be tried again now.");
            assertThat(jdbc.queryForObject("select next_attempt_at <= current_timestamp from integration_event where id = ?",
                    Boolean.class, event)).as("due at once").isTrue();
            assertAccessible("integration events, sent again");
        } finally {
            jdbc.update("delete from integration_event where id = ?", event);
        }
    }

    /** A delivery in the log; not due for a day, so the portal's worker leaves it. */
    private void delivery(String endpointId, String reference, String status, String error) {
        Instant now = Instant.now();
        jdbc.update("""
                insert into webhook_delivery (id, endpoint_id, event_id, event_type, subject, body, status, attempts,
                    next_attempt_at, last_error, created_at, last_attempt_at)
                values (?, ?, ?, 'org.porth.case.opened.v1', ?, '{}', ?, 1, ?, ?, ?, ?)""",
                UUID.randomUUID(), endpointId, UUID.randomUUID(), reference, status,
                Timestamp.from(now.plusSeconds(86_400)), error, Timestamp.from(now), Timestamp.from(now));
    }
}
