package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.porth.apply.RequestSubmitted;
import org.porth.casework.internal.CaseOpening;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.shared.Reference;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two officers in two browsers on the same case: Sunil adds a note, and Cara's page, open all the
 * while, shows it without a reload, pushed over a WebSocket, and says it in its polite live region;
 * Sunil's browser has no WebSocket (as behind a proxy that does not pass them), and his page shows
 * Cara's note, by long polling.
 */
class LiveUpdatesIT extends PortalBrowserTest {

    /** Run before the page's own scripts: keeps every WebSocket the page opens, to see push's. */
    private static final String KEEP_SOCKETS = """
            window.porthSockets = [];
            const Native = window.WebSocket;
            window.WebSocket = function (url, protocols) {
              const socket = protocols === undefined ? new Native(url) : new Native(url, protocols);
              window.porthSockets.push(socket);
              return socket;
            };
            window.WebSocket.prototype = Native.prototype;
            Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
            """;
    /** Run before the page's own scripts: no WebSocket, and every push request the page makes kept. */
    private static final String NO_SOCKETS = """
            window.WebSocket = undefined;
            window.porthPushRequests = [];
            const open = XMLHttpRequest.prototype.open;
            XMLHttpRequest.prototype.open = function (method, url) {
              if (String(url).includes('/VAADIN/push')) { window.porthPushRequests.push(String(url)); }
              return open.apply(this, arguments);
            };
            """;
    private static final String OPEN_PUSH_SOCKETS = """
            return window.porthSockets.filter(socket => socket.readyState === 1 && socket.url.includes('/VAADIN/push')
                && socket.url.includes('X-Atmosphere-Transport=websocket')).length;""";

    @Autowired
    private CaseOpening opening;
    @Autowired
    private Catalogue catalogue;

    @Test
    void aNoteEachOfficerAddsShowsOnTheOthersOpenCasePageWithoutAReload() {
        String reference = aDangerousPothole();
        startBrowser(Viewport.DESKTOP);
        ChromeDriver cara = driver;
        cara.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", KEEP_SOCKETS));
        open("/staff/cases/" + reference);
        signInAs("cara");
        assertThat(heading()).isEqualTo("Case " + reference);
        waitUntil(d -> ((Number) script(OPEN_PUSH_SOCKETS)).intValue() == 1);
        script("window.porthNotReloaded = true;");

        startBrowser(Viewport.DESKTOP);
        ChromeDriver sunil = driver;
        try {
            sunil.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", NO_SOCKETS));
            open("/staff/cases/" + reference);
            signInAs("sunil");
            waitUntil(d -> (Boolean) script("return window.porthPushRequests.some(url => url.includes('X-Atmosphere-Transport=long-polling'));"));
            script("window.porthNotReloaded = true;");
            addNote("Crew on site by 4pm");

            driver = cara;
            waitUntil(d -> d.findElement(By.id("case-timeline")).getText().contains("Crew on site by 4pm"));
            String announced = "Case " + reference + " has changed: a note was added.";
            assertThat(driver.findElement(By.id("live-announcements")).getAttribute("aria-live")).isEqualTo("polite");
            assertThat(driver.findElement(By.id("live-announcements")).getAttribute("textContent")).isEqualTo(announced);
            assertThat(driver.findElement(By.id("case-live-notice")).getText())
                    .isEqualTo(announced + " The page now shows the case as it is.");
            assertThat(script("return window.porthNotReloaded === true;")).as("the same page, not a reload").isEqualTo(true);
            assertThat(((Number) script(OPEN_PUSH_SOCKETS)).intValue()).as("pushed over its WebSocket").isEqualTo(1);
            assertAccessible("a case another officer changed");

            addNote("Resident told by phone");

            driver = sunil;
            waitUntil(d -> d.findElement(By.id("case-timeline")).getText().contains("Resident told by phone"));
            assertThat(script("return window.porthNotReloaded === true;")).as("the same page, not a reload").isEqualTo(true);
            assertThat(driver.findElement(By.id("live-announcements")).getAttribute("textContent")).isEqualTo(announced);
        } finally {
            sunil.quit();
            driver = cara;
        }
    }

    /** Adds a note on the case page of the browser in use, and waits until the page shows it. */
    private void addNote(String note) {
        driver.findElement(By.cssSelector("#note textarea")).sendKeys(note);
        click(button("Add note"));
        waitUntil(d -> d.findElement(By.id("case-timeline")).getText().contains(note));
    }

    private Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** A case in Cara's and Sunil's team's queue, as a resident's report makes it. */
    private String aDangerousPothole() {
        String reference = Reference.random().value();
        Answers answers = Answers.NONE
                .with("location", new Answer(Map.of("usrn", List.of("32710042"), "description", List.of("by the bus stop"))))
                .with("surface", Answer.of("road"))
                .with("danger", Answer.of("yes"));
        opening.open(new RequestSubmitted(UUID.randomUUID().toString(), new Reference(reference), "pothole",
                catalogue.current("pothole").orElseThrow().version(), UUID.randomUUID().toString(), Channel.PHONE,
                "staff:someone", Instant.now(), answers));
        return reference;
    }
}
