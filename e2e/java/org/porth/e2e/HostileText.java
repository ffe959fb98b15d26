package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Script hidden in what people type, and the check that a page shows it as text. Each payload sets
 * {@code window.__xss} to the name of the field it was typed in, however it gets to run: as a
 * script element, an image's error handler, an SVG's load handler, or a {@code javascript:} link.
 */
final class HostileText {

    /**
     * Markup that would run (or would link to script) if a page put it into its HTML: elements with
     * an event handler or script in an address, or script elements, anywhere in the page and its
     * components' shadow roots; and whether the marker was set.
     */
    private static final String RAN_OR_BECAME_MARKUP = """
            const found = [];
            const visit = root => root.querySelectorAll('*').forEach(element => {
              for (const attribute of element.attributes) {
                const scripted = attribute.name.startsWith('on')
                    || ['src', 'href', 'action', 'formaction', 'data'].includes(attribute.name);
                if (scripted && /__xss|javascript:/i.test(attribute.value)) {
                  found.push(element.tagName.toLowerCase() + ' ' + attribute.name + '="' + attribute.value + '"');
                }
              }
              if (element.tagName === 'SCRIPT' && element.textContent.includes('__xss')) {
                found.push('script: ' + element.textContent);
              }
              if (element.shadowRoot) { visit(element.shadowRoot); }
            });
            visit(document);
            if (window.__xss !== undefined) { found.push('the script of the field "' + window.__xss + '" ran'); }
            return found;
            """;

    private HostileText() {
    }

    /** Script in four disguises, for a field of at least 160 characters. */
    static String in(String field) {
        return "<script>window.__xss='" + field + "'</script><img src=x onerror=\"window.__xss='" + field + "'\">"
                + "\"><svg onload=window.__xss='" + field + "'> javascript:window.__xss='" + field + "'";
    }

    /** Script in one disguise, for a field of at most 100 characters, such as a name. */
    static String shortIn(String field) {
        return "<img src=x onerror=\"window.__xss='" + field + "'\">";
    }

    /** Nothing typed ran or became markup on the page the browser shows, and each text is there as typed. */
    static void assertShownAsText(ChromeDriver driver, String page, List<String> texts) {
        try {
            driver.switchTo().alert();
            fail("An alert is open on %s", page);
        } catch (NoAlertPresentException expected) {
            // no script opened one
        }
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) driver.executeScript(RAN_OR_BECAME_MARKUP);
        assertThat(found).as("script or markup from what people typed, on %s", page).isEmpty();
        if (!texts.isEmpty()) {
            assertThat(driver.findElement(By.tagName("main")).getText()).as("the text on %s", page).contains(texts);
        }
    }
}
