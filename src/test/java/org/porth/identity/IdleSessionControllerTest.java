package org.porth.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** After the idle timer, the page returns only to a path on this site: the parameter is no open redirect. */
class IdleSessionControllerTest {

    private final IdleSessionController controller = new IdleSessionController(new CurrentUser());

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/my-requests?x=1", "/staff/cases/42", "/my-account?lang=cy&saved"})
    void acceptsPathsOnThisSite(String path) {
        assertThat(IdleSessionController.isLocalPath(path)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "my-requests", "https://evil.example", "//evil.example", "/\\evil", "\\\\evil.example",
            "/my-requests\r\nLocation: https://evil.example", "/a\tb", "/\u0000", "/\u007f"})
    void rejectsAnythingElse(String path) {
        assertThat(IdleSessionController.isLocalPath(path)).isFalse();
    }

    @Test
    void aSignedOutPersonIsToldWhy() throws Exception {
        assertThat(redirectedTo("/my-requests")).isEqualTo("/?signed-out=inactive");
    }

    @Test
    void aSignedInPersonGoesBackToTheirPage() throws Exception {
        signIn();

        assertThat(redirectedTo("/my-requests?x=1")).isEqualTo("/my-requests?x=1");
    }

    @Test
    void aSignedInPersonGivenAnotherSiteGoesToTheStartPageInstead() throws Exception {
        signIn();

        assertThat(redirectedTo("//evil.example")).isEqualTo("/");
        assertThat(redirectedTo(null)).isEqualTo("/");
    }

    @Test
    void bracesInThePathAreTextNotATemplate() throws Exception {
        signIn();

        assertThat(redirectedTo("/my-requests/{reference}")).isEqualTo("/my-requests/{reference}");
    }

    /** Where the browser is sent: the redirect as the portal writes it into the response. */
    private String redirectedTo(String continueTo) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        controller.sessionExpired(continueTo).render(Map.of(), new MockHttpServletRequest(), response);
        return response.getRedirectedUrl();
    }

    private static void signIn() {
        var authentication = new TestingAuthenticationToken("sam", null, List.of());
        authentication.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
