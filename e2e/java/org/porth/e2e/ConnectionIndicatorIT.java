package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

/**
 * Vaadin's connection message is for when the connection is lost: while all is well a screen
 * reader finds nothing of it on the page (it used to read out "Online", in English on Welsh pages),
 * and when the connection goes, it says so in the page's language.
 */
class ConnectionIndicatorIT extends PortalBrowserTest {

    @Test
    void whileConnectedAScreenReaderFindsNoConnectionMessage() {
        startBrowser(Viewport.DESKTOP);
        for (String page : List.of("/", "/?lang=cy")) {
            open(page);
            assertThat(accessibleTexts()).as("what assistive technology is told on %s", page)
                    .isNotEmpty().noneMatch(text -> text.contains("Online") || text.contains("Connection lost"));
        }
    }

    @Test
    void aLostConnectionIsToldInWelshOnAWelshPage() {
        startBrowser(Viewport.DESKTOP);
        open("/?lang=cy");

        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));

        waitUntil(d -> accessibleTexts().stream().anyMatch(text -> text.startsWith("Wedi colli'r cysylltiad")));
        assertThat(accessibleTexts()).noneMatch(text -> text.contains("Connection lost"));
    }

    /** The names of every node in the page's accessibility tree that is not hidden from it. */
    @SuppressWarnings("unchecked")
    private List<String> accessibleTexts() {
        var nodes = (List<Map<String, Object>>) driver.executeCdpCommand("Accessibility.getFullAXTree", Map.of()).get("nodes");
        return nodes.stream().filter(node -> !Boolean.TRUE.equals(node.get("ignored")))
                .map(node -> (Map<String, Object>) node.get("name")).filter(Objects::nonNull)
                .map(name -> String.valueOf(name.get("value"))).filter(text -> !text.isBlank()).toList();
    }
}
