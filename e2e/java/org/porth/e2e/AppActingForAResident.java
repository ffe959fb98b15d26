package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.porth.database.PostgresTestDatabase;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An app that acts for a resident, as such an app talks to the portal over HTTP: it asks for a code
 * with PKCE (S256), exchanges it for a token as a public client, and calls the API with the token.
 * Registered straight into the database, as an administrator's page would register it (the prod
 * jar has no administrator to sign in as a test).
 */
final class AppActingForAResident {

    static final String REDIRECT = "https://app.example.org/callback";

    private final String address;
    private final String clientId = "app-" + UUID.randomUUID();
    private final String name = "Bin day app " + clientId.substring(4, 10);
    private final String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
    private final HttpClient http = HttpClient.newHttpClient();

    private AppActingForAResident(String address) {
        this.address = address;
    }

    /** A public app (no secret) that may read requests and send them, sending residents back to {@link #REDIRECT}. */
    static AppActingForAResident registered(PostgresTestDatabase.Schema database, String address) throws SQLException {
        AppActingForAResident app = new AppActingForAResident(address);
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                PreparedStatement insert = connection.prepareStatement("""
                        insert into api_client (id, client_id, name, owner_contact, scopes, rate_limit_per_minute,
                        test_client, redirect_uris, secret_hash, registered_at, version)
                        values (?, ?, ?, 'apps@porth.example.gov.uk', 'requests:read requests:write', 60, false, ?, ?, ?, 0)""")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, app.clientId);
            insert.setString(3, app.name);
            insert.setString(4, REDIRECT);
            insert.setString(5, "{noop}" + UUID.randomUUID()); // never used: the app keeps no secret
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return app;
    }

    String clientId() {
        return clientId;
    }

    String name() {
        return name;
    }

    /** Where the app sends the resident's browser to ask for the scope. */
    String authorization(String scope, String state) {
        return "/oauth2/authorize?response_type=code&client_id=" + clientId + "&redirect_uri=" + encode(REDIRECT)
                + "&scope=" + encode(scope) + "&state=" + state + "&code_challenge=" + challenge()
                + "&code_challenge_method=S256";
    }

    /** The form the consent page sends when the resident allows the scope, for the consent page at this address. */
    static Map<String, String> allowing(URI consentPage, String clientId, String scope) {
        Map<String, List<String>> query = UriComponentsBuilder.fromUri(consentPage).build().getQueryParams();
        return Map.of("client_id", clientId, "scope", scope,
                "state", URLDecoder.decode(query.get("state").getFirst(), StandardCharsets.UTF_8));
    }

    /** The app's side of the redirect back: the code it was given, exchanged with its verifier. */
    HttpResponse<String> token(String redirectedTo) throws IOException, InterruptedException {
        Map<String, List<String>> callback = UriComponentsBuilder.fromUriString(redirectedTo).build().getQueryParams();
        Map<String, String> form = Map.of("grant_type", "authorization_code", "client_id", clientId,
                "redirect_uri", REDIRECT, "code_verifier", verifier,
                "code", URLDecoder.decode(callback.get("code").getFirst(), StandardCharsets.UTF_8));
        String body = form.entrySet().stream().map(field -> field.getKey() + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(address + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    HttpResponse<String> call(String path, String accessToken) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(address + path)).header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json").GET().build(), BodyHandlers.ofString());
    }

    private String challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static void assertRedirectedBack(String location, String state) {
        assertThat(location).startsWith(REDIRECT + "?").contains("code=", "state=" + state);
    }
}
