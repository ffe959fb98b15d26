package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

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

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), BodyHandlers.ofString());
    }
}
