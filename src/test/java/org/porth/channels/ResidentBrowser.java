package org.porth.channels;

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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/** A resident's browser without a screen: keeps cookies, follows redirects only when told to, sends forms. */
final class ResidentBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    ResidentBrowser(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(base.resolve(pathOrUrl)).header("Accept", "text/html").GET().build());
    }

    /** Signs in at the embedded provider's page; the address it sends the browser on to. */
    String signIn(String username, String password) {
        Matcher csrf = CSRF.matcher(get("/idp/login").body());
        assertThat(csrf.find()).isTrue();
        return location(post("/idp/login", List.of(Map.entry("username", username), Map.entry("password", password),
                Map.entry("_csrf", HtmlUtils.htmlUnescape(csrf.group(1))))));
    }

    HttpResponse<String> post(String path, List<Map.Entry<String, String>> form) {
        String body = form.stream().map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("a redirect from %s", response.uri()).isEqualTo(302);
        return base.resolve(response.uri()).resolve(response.headers().firstValue("Location").orElseThrow()).toString();
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
}
