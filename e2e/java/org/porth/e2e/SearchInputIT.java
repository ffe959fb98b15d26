package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.porth.shell.ServiceSearchBox;

/**
 * The service search, on the start page and the services page, answers whatever is typed or pasted
 * into it with its results page: quotes and SQL, wildcards, backslashes, Welsh and emoji, script,
 * and 20,000 characters pasted at once, never an error page. It is a plain form that puts the words
 * in the address, so this is tried in a real browser. (The searches of the staff pages and of
 * addresses are tried on both databases in their services' tests.)
 */
class SearchInputIT extends PortalBrowserTest {

    private static final List<String> TYPED = List.of("' OR 1=1 --", "100% _bins_ \\ \"quoted\"",
            "Tŷ 😀 ŵ ŷ \u202Egnp.exe", HostileText.in("service-search"));

    @Test
    void whateverIsTypedTheResultsPageAnswers() {
        startBrowser(Viewport.PHONE);
        for (String words : TYPED) {
            open("/");
            search(driver.findElement(By.id("start-service-search")), words);
            assertResultsFor(words);

            search(driver.findElement(By.id("service-search")), words + " bin");
            assertResultsFor(words + " bin");
        }
    }

    @Test
    void twentyThousandCharactersPastedAreCutToWhatTheBoxTakes() {
        startBrowser(Viewport.DESKTOP);
        for (String box : List.of("start-service-search", "service-search")) {
            open(box.startsWith("start") ? "/" : "/services");
            WebElement input = driver.findElement(By.id(box));
            paste(input, "bins ".repeat(4_000));
            String kept = input.getDomProperty("value");
            input.sendKeys(Keys.ENTER);
            waitUntil(d -> path().equals("/services") && d.getCurrentUrl().contains("q="));
            assertResultsFor(kept.strip());
            assertThat(kept).as("what the box kept of 20,000 characters").hasSize(ServiceSearchBox.MOST_CHARACTERS);
        }
    }

    private void search(WebElement box, String words) {
        paste(box, words);
        String before = driver.getCurrentUrl();
        box.sendKeys(Keys.ENTER);
        waitUntil(d -> !d.getCurrentUrl().equals(before));
        waitForPage();
    }

    /** Puts the text in the box as pasting does (which, unlike typing keys, also takes emoji). */
    private void paste(WebElement box, String text) {
        box.clear();
        box.click();
        driver.executeCdpCommand("Input.insertText", Map.of("text", text));
    }

    /** The services page, with a heading saying what was found for the words, shown as typed. */
    private void assertResultsFor(String words) {
        waitForPage();
        assertThat(heading()).as("the page after searching for %s", words).isEqualTo("Council services");
        HostileText.assertShownAsText(driver, "the results for " + words, List.of());
        String results = driver.findElement(By.cssSelector("main h2")).getText();
        assertThat(results).as("the results heading").matches("(No services|\\d+ services?) found for ‘.*’");
        assertThat(driver.findElement(By.id("service-search")).getDomProperty("value")).isEqualTo(words.strip());
    }
}
