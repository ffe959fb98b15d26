package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A resident opens their notifications from the navigation, reads one and marks it read by
 * keyboard; axe-clean on a phone and a computer, in English and Welsh.
 */
class MyNotificationsIT extends PortalBrowserTest {

    @Autowired
    private JdbcTemplate jdbc;

    @OnPhoneAndDesktop
    void aResidentReadsANotificationAndMarksItRead(Viewport viewport) {
        startBrowser(viewport);
        open("/my-requests");
        signInAs("sam");
        String reference = "PTH-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase() + "-E2E1";
        told("We need more information about your request " + reference, reference);
        open("/my-notifications");
        assertThat(heading()).isEqualTo("Notifications");
        assertThat(driver.findElement(By.id("notifications")).getText())
                .contains("We need more information about your request " + reference, "New");
        assertAccessible("notifications");
        WebElement text = driver.findElement(By.cssSelector("#notifications li p:last-of-type"));
        assertThat(text.getCssValue("font-weight")).as("the text in normal weight").isEqualTo("400");
        assertThat(text.findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo(url("/my-requests/" + reference));

        WebElement markRead = driver.findElement(By.cssSelector(
                "[aria-label='Mark as read: We need more information about your request " + reference + "']"));
        for (int presses = 0; presses < 40 && !markRead.equals(driver.switchTo().activeElement()); presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(driver.switchTo().activeElement()).as("reachable by Tab").isEqualTo(markRead);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitUntil(d -> d.findElements(By.cssSelector("[aria-label*='" + reference + "']")).isEmpty());
        assertAccessible("notifications, one read");

        told("Rydym wedi cael eich cais " + reference, reference);
        click(link("Cymraeg"));
        assertThat(heading()).isEqualTo("Hysbysiadau");
        assertThat(driver.findElement(By.id("notifications")).getText()).contains("Newydd");
        assertAccessible("notifications in Welsh");
    }

    private void told(String title, String reference) {
        UUID resident = jdbc.queryForObject("select id from resident where account_id = 'resident:sam'", UUID.class);
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into notification (id, dedupe_key, kind, channel, resident_id, language, reference, link, subject,
                    body, status, attempts, next_attempt_at, created_at, sent_at)
                values (?, ?, 'MORE_INFORMATION', 'IN_PORTAL', ?, 'en', ?, ?, ?, ?, 'SENT', 0, ?, ?, ?)""",
                id, "e2e:" + id, resident, reference, url("/my-requests/" + reference), title,
                "We have stopped the clock on it until you reply.\n\nReply at " + url("/my-requests/" + reference),
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));
    }
}
