package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The visitor's language: a language link beats the remembered choice, which beats the browser's. */
class LanguageChoiceTest {

    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");

    @Test
    void withNothingToGoOnItIsEnglish() {
        assertThat(LanguageChoice.resolve(request)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void theBrowsersPreferredLanguageCounts() {
        request.addHeader("Accept-Language", "cy-GB,cy;q=0.9,en;q=0.8");

        assertThat(LanguageChoice.resolve(request)).isEqualTo(Language.WELSH);
    }

    @Test
    void theRememberedChoiceBeatsTheBrowser() {
        request.addHeader("Accept-Language", "cy");
        request.setCookies(new Cookie(LanguageChoice.COOKIE, "en"));

        assertThat(LanguageChoice.resolve(request)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void aLanguageLinkBeatsTheRememberedChoiceAndTheBrowser() {
        request.addHeader("Accept-Language", "en");
        request.setCookies(new Cookie(LanguageChoice.COOKIE, "en"));
        request.setParameter(LanguageChoice.PARAMETER, "cy");

        assertThat(LanguageChoice.resolve(request)).isEqualTo(Language.WELSH);
    }

    @Test
    void anUnknownLinkValueIsIgnored() {
        request.setCookies(new Cookie(LanguageChoice.COOKIE, "cy"));
        request.setParameter(LanguageChoice.PARAMETER, "fr");

        assertThat(LanguageChoice.resolve(request)).isEqualTo(Language.WELSH);
    }

    @Test
    void anUnknownCookieValueIsIgnored() {
        request.addHeader("Accept-Language", "cy");
        request.setCookies(new Cookie(LanguageChoice.COOKIE, "klingon"));

        assertThat(LanguageChoice.resolve(request)).isEqualTo(Language.WELSH);
    }

    @Test
    void otherCookiesAreNotTheLanguage() {
        request.setCookies(new Cookie("JSESSIONID", "cy"));

        assertThat(LanguageChoice.remembered(request)).isEmpty();
    }

    @Test
    void theChoiceIsRememberedForAYearAsTheCookiesPageSays() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        LanguageChoice.remember(response, Language.WELSH, true);

        Cookie cookie = response.getCookie(LanguageChoice.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("cy");
        assertThat(cookie.getMaxAge()).isEqualTo(365 * 24 * 60 * 60);
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
    }
}
