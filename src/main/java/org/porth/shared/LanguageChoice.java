package org.porth.shared;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The visitor's language: chosen with {@code ?lang=cy} (the language links), remembered in a
 * cookie on this device, otherwise taken from the browser's preferred languages.
 * <p>
 * The cookie is strictly necessary for the service the visitor asked for (reading it in their
 * language), so it needs no consent; the cookies page says so.
 */
public final class LanguageChoice {

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "porth_lang";
    private static final Duration COOKIE_LIFETIME = Duration.ofDays(365);

    private LanguageChoice() {
    }

    public static Language resolve(HttpServletRequest request) {
        return chosen(request).or(() -> remembered(request)).orElseGet(() -> Language.of(request.getLocale()));
    }

    /** The language picked on this request with {@code ?lang=}. */
    public static Optional<Language> chosen(HttpServletRequest request) {
        return Language.fromCode(request.getParameter(PARAMETER));
    }

    public static Optional<Language> remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> Language.fromCode(cookie.getValue()));
    }

    public static void remember(HttpServletResponse response, Language language, boolean secure) {
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setPath("/");
        cookie.setMaxAge((int) COOKIE_LIFETIME.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
