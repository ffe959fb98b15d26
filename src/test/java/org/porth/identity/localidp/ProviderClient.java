package org.porth.identity.localidp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * A browser without a screen for the embedded provider: keeps its cookies, follows redirects only
 * when told to, and fills in the sign-in form with its CSRF token, as a person's browser would.
 */
final class ProviderClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    ProviderClient(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    /** The provider's sign-in page: its HTML, as the browser shows it after a redirect to it. */
    String page(String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as("GET %s", pathAndQuery).isEqualTo(200);
        return response.body();
    }

    /** Sends the sign-in form; the address it redirects to (the sign-in page with an error, or onwards). */
    String signIn(String username, String password) {
        Matcher csrf = CSRF.matcher(page(LocalIdpConfiguration.LOGIN_PAGE));
        assertThat(csrf.find()).as("the sign-in form has a CSRF token").isTrue();
        HttpResponse<String> response = post(LocalIdpConfiguration.LOGIN_PAGE, Map.of("username", username,
                "password", password, "_csrf", HtmlUtils.htmlUnescape(csrf.group(1))));
        assertThat(response.statusCode()).as("the form's answer").isEqualTo(302);
        return location(response);
    }

    /** Starts the portal's resident sign-in and follows it to the provider's sign-in page. */
    void startPortalSignIn() {
        startPortalSignIn("resident");
    }

    /** Starts the portal's sign-in with a registration (resident or staff) and follows it to the provider's sign-in page. */
    void startPortalSignIn(String registration) {
        String next = location(get("/oauth2/authorization/" + registration));
        next = location(get(next));
        assertThat(URI.create(next).getPath()).as("the provider asks for a password").isEqualTo(LocalIdpConfiguration.LOGIN_PAGE);
    }

    /**
     * Follows redirects from {@code location} back to the portal, stopping at the portal's own sign-in
     * endpoint when {@code exchangeCode} is false (a sign-in abandoned after the provider issued its code).
     * The last address reached.
     */
    String followBackToPortal(String location, boolean exchangeCode) {
        String next = location;
        for (int hops = 0; hops < 10; hops++) {
            if (!exchangeCode && URI.create(next).getPath().startsWith("/login/oauth2/code/")) {
                return next;
            }
            HttpResponse<String> response = get(next);
            if (response.statusCode() != 302) {
                return next;
            }
            next = location(response);
            if (!URI.create(next).getPath().startsWith("/oauth2/") && !URI.create(next).getPath().startsWith("/login/")) {
                return next;
            }
        }
        throw new AssertionError("More than 10 redirects from " + location);
    }

    /** A whole resident sign-in, from the portal to the provider and back; the address it ends at. */
    String signInToPortal(String username, String password) {
        startPortalSignIn();
        return followBackToPortal(signIn(username, password), true);
    }

    HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(base.resolve(pathOrUrl)).header("Accept", "text/html").GET().build());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("a redirect from %s", response.uri()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return base.resolve(response.uri()).resolve(location).toString();
    }
}
