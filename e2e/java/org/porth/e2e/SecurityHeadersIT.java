package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every response tells the browser, checked over HTTP on the running portal. */
class SecurityHeadersIT extends PortalBrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/help", "/idp/login", "/sign-in"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Permissions-Policy"))
                .hasValue("camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .as("HSTS only over HTTPS").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/h2-console", "/h2-console/login.do"})
    void theDatabaseConsoleIsNotExposed(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isIn(302, 404);
        assertThat(response.body()).doesNotContainIgnoringCase("H2 Console");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/help"})
    void pagesSayTheirLanguage(String path) throws Exception {
        assertThat(get(path).body()).contains("<html lang=\"en\">");
        assertThat(get(path + "?lang=cy").body()).contains("<html lang=\"cy\">");
    }

    @Test
    void theSessionIdIsNeverTakenFromNorWrittenIntoAnAddress() throws Exception {
        startBrowser(Viewport.DESKTOP);
        open("/my-requests");
        signInAs("sam");
        String sessionId = driver.manage().getCookieNamed("JSESSIONID").getValue();

        HttpResponse<String> response = get("/my-requests;jsessionid=" + sessionId);

        assertThat(response.statusCode()).as("not signed in by an address").isNotEqualTo(200);
        assertThat(response.body()).doesNotContain(sessionId);
        assertThat(response.headers().firstValue("Location")).get().asString()
                .doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void aSignedInResidentSeesThePortalsOwnPagesForAnAddressThatIsNoPage() {
        startBrowser(Viewport.DESKTOP);
        open("/my-requests");
        signInAs("sam");

        open("/no-such-page");
        assertThat(heading()).isEqualTo("Page not found");
        assertThat(path()).isEqualTo("/no-such-page");
        open("/staff/queues");
        assertThat(heading()).isEqualTo("You cannot see this page");
    }

    @Test
    void aSignedInStaffMemberSeesThePortalsOwnPagesForAnAddressThatIsNoPage() {
        startBrowser(Viewport.DESKTOP);
        open("/staff");
        signInAs("cara");

        open("/staff/no-such-page");
        assertThat(heading()).isEqualTo("Page not found");
        open("/my-requests");
        assertThat(heading()).isEqualTo("You cannot see this page");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").GET().build(),
                BodyHandlers.ofString());
    }
}
