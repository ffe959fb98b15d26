package org.porth.identity.localidp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

/** The provider's sign-in page: a plain HTML template with {@code ${name}} slots. */
final class LocalIdpLoginPage {

    private static final Pattern SLOT = Pattern.compile("\\$\\{([a-zA-Z]+)}");
    private static final String TEMPLATE = load();

    private final Map<String, String> slots = new HashMap<>();

    /** Fills a slot with text, escaped. */
    LocalIdpLoginPage text(String slot, String value) {
        slots.put(slot, HtmlUtils.htmlEscape(value == null ? "" : value));
        return this;
    }

    /** Fills a slot with markup that the caller built from escaped text. */
    LocalIdpLoginPage html(String slot, String markup) {
        slots.put(slot, markup);
        return this;
    }

    String render() {
        Matcher matcher = SLOT.matcher(TEMPLATE);
        StringBuilder page = new StringBuilder();
        while (matcher.find()) {
            String value = slots.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("The sign-in page has no value for ${" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(page, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(page);
        return page.toString();
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    private static String load() {
        try {
            return new ClassPathResource("localidp/login.html").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
