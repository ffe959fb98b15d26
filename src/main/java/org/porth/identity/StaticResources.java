package org.porth.identity;

import java.util.List;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The scripts, stylesheets and pictures that Vaadin serves with cache headers of its own: the same
 * for every visitor, nothing personal in them. Everything else (pages, Vaadin's answers, the API,
 * downloads) keeps Spring Security's "no-store". Decision 0070.
 */
final class StaticResources {

    /** Vite's bundle, every file named by a hash of its content, so a new version is a new name. */
    static final String BUILD = "/VAADIN/build/";
    private static final List<String> PATTERNS = List.of(BUILD + "**", "/VAADIN/static/**", "/lumo/**", "/themes/**");

    private StaticResources() {
    }

    /** Requests for anything but these: the browser may keep none of the answer. */
    static RequestMatcher notStatic() {
        return new NegatedRequestMatcher(new OrRequestMatcher(PATTERNS.stream()
                .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern))
                .toList()));
    }
}
