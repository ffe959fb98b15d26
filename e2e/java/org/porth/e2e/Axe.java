package org.porth.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, as the Deque library ships it, run in the page itself with only what a failure needs
 * sent back. AxeBuilder injects its 560 KB script for every scan and opens a window to finish each
 * one; a Vaadin page keeps the script between views, so a scan here injects it only after a full
 * page load, and asks axe for the violations alone (decision 0060).
 */
final class Axe {

    private static final String SOURCE = axeSource();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(r => done({
                    passes: r.passes.length,
                    violations: r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n =>
                        JSON.stringify(n.target) + ' ' + n.html + ': ' + n.failureSummary).join(', '))
                }))
                .catch(e => done({error: String(e)}));
            """;

    private Axe() {
    }

    /** The page's violations of the rules with these tags, each described for the failure message. */
    static Scan scan(WebDriver driver, List<String> tags) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof axe === 'object';"))) {
            page.executeScript(SOURCE);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.executeAsyncScript(RUN, tags);
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe could not scan " + driver.getCurrentUrl() + ": " + result.get("error"));
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result.get("violations");
        return new Scan(((Number) result.get("passes")).intValue(), violations);
    }

    /** How many rules passed (zero means axe checked nothing) and every violation, one line each. */
    record Scan(int passes, List<String> violations) {

        String described() {
            return violations.stream().map(v -> "- " + v).collect(Collectors.joining("\n"));
        }
    }

    private static String axeSource() {
        try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the axe-core selenium jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
