package org.porth.identity.localidp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** A failed demo sign-in goes back to the form saying what was wrong, with the username still filled in. */
class LocalIdpLoginFailureHandlerTest {

    private final LocalIdpLoginFailureHandler handler = new LocalIdpLoginFailureHandler();

    @Test
    void aMissingUsernameIsReported() throws IOException {
        UriComponents target = failedSignIn(null, "demo");

        assertThat(target.getPath()).isEqualTo("/idp/login");
        assertThat(query(target).get("error")).containsExactly("username");
        assertThat(query(target)).doesNotContainKey("username");
    }

    @Test
    void aMissingPasswordIsReportedAndTheUsernameKept() throws IOException {
        MultiValueMap<String, String> query = query(failedSignIn("rhian", ""));

        assertThat(query.get("error")).containsExactly("password");
        assertThat(query.get("username")).containsExactly("rhian");
    }

    @Test
    void bothMissingAreReportedTogether() throws IOException {
        MultiValueMap<String, String> query = query(failedSignIn("  ", null));

        assertThat(query.get("error")).containsExactly("username", "password");
        assertThat(query).doesNotContainKey("username");
    }

    @Test
    void wrongCredentialsAreReportedAndTheUsernameKept() throws IOException {
        MultiValueMap<String, String> query = query(failedSignIn("sam", "wrong"));

        assertThat(query.get("error")).containsExactly("credentials");
        assertThat(query.get("username")).containsExactly("sam");
    }

    @Test
    void aUsernameWithSpecialCharactersComesBackIntact() throws IOException {
        MultiValueMap<String, String> query = query(failedSignIn("siân jones&error=x", "wrong"));

        assertThat(query.get("error")).containsExactly("credentials");
        assertThat(query.get("username")).containsExactly("siân jones&error=x");
    }

    @Test
    void aSignInHeldBackSaysHowManySecondsToWaitRoundedUpAndKeepsTheUsername() throws IOException {
        MultiValueMap<String, String> query = query(failedSignIn("sam", "demo",
                new SignInThrottledException(Duration.ofMinutes(14).plusMillis(1))));

        assertThat(query.get("error")).containsExactly("too-many");
        assertThat(query.get("retry-after")).containsExactly("841");
        assertThat(query.get("username")).containsExactly("sam");
    }

    private UriComponents failedSignIn(String username, String password) throws IOException {
        return failedSignIn(username, password, new BadCredentialsException("Bad credentials"));
    }

    private UriComponents failedSignIn(String username, String password, AuthenticationException failure)
            throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/idp/login");
        if (username != null) {
            request.setParameter("username", username);
        }
        if (password != null) {
            request.setParameter("password", password);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();

        handler.onAuthenticationFailure(request, response, failure);

        assertThat(response.getRedirectedUrl()).as("redirected").isNotNull();
        return UriComponentsBuilder.fromUriString(response.getRedirectedUrl()).build(true);
    }

    /** The query as the sign-in page's controller will read it: split first, then decoded. */
    private static MultiValueMap<String, String> query(UriComponents target) {
        MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
        target.getQueryParams().forEach((name, values) -> values.forEach(value -> decoded.add(
                UriUtils.decode(name, StandardCharsets.UTF_8), UriUtils.decode(value, StandardCharsets.UTF_8))));
        return decoded;
    }
}
