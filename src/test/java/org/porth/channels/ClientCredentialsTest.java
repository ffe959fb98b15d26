package org.porth.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.porth.PortalApplication;
import org.porth.channels.internal.ActiveClients;
import org.porth.database.H2TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A system gets tokens over HTTP with the client credentials grant, as the API's resource server
 * then reads them (the {@link JwtDecoder} bean): only for its own scopes; refused with a wrong
 * secret, once revoked (its tokens too), and with the previous secret once its grace period ended.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ClientCredentialsTest {

    @LocalServerPort
    private int port;
    @Autowired
    private ApiClients apiClients;
    @Autowired
    private JwtDecoder apiTokens;
    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        H2TestDatabase.useFreshDatabase(registry);
    }

    @Test
    void aRegisteredClientGetsATokenNamingItWithItsScopes() {
        IssuedSecret client = register("Street reports " + UUID.randomUUID(), ApiScope.REQUESTS_WRITE, ApiScope.REQUESTS_READ);

        TokenClient.Answer answer = tokens().token(client.clientId(), client.secret(), TokenClient.clientCredentials(null));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("token_type").asString()).isEqualTo("Bearer");
        Jwt token = apiTokens.decode(answer.accessToken());
        assertThat(token.getSubject()).isEqualTo(client.clientId());
        assertThat(token.getClaimAsString("client_id")).isEqualTo(client.clientId());
        assertThat(token.getClaimAsString("client_name")).startsWith("Street reports ");
        assertThat(token.getClaimAsStringList("scope")).containsExactlyInAnyOrder("requests:write", "requests:read");
        assertThat(token.hasClaim("resident_id")).isFalse();
    }

    @Test
    void aTokenCarriesOnlyScopesTheClientMayUse() {
        IssuedSecret client = register("Open311 bridge " + UUID.randomUUID(), ApiScope.OPEN311, ApiScope.REQUESTS_READ);

        TokenClient.Answer some = tokens().token(client.clientId(), client.secret(), TokenClient.clientCredentials("open311"));
        TokenClient.Answer more = tokens().token(client.clientId(), client.secret(),
                TokenClient.clientCredentials("open311 requests:write"));

        assertThat(apiTokens.decode(some.accessToken()).getClaimAsStringList("scope")).containsExactly("open311");
        assertThat(more.status()).isEqualTo(400);
        assertThat(more.error()).isEqualTo("invalid_scope");
    }

    @Test
    void aWrongSecretAndAnUnknownClientAreRefused() {
        IssuedSecret client = register("Wrong secret " + UUID.randomUUID(), ApiScope.REQUESTS_READ);

        TokenClient.Answer wrong = tokens().token(client.clientId(), client.secret() + "x", TokenClient.clientCredentials(null));
        TokenClient.Answer unknown = tokens().token("porth-unknown", client.secret(), TokenClient.clientCredentials(null));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.error()).isEqualTo("invalid_client");
        assertThat(unknown.status()).isEqualTo(401);
    }

    @Test
    void aRevokedClientIsRefusedAndItsTokensStopWorkingAtOnce() {
        IssuedSecret client = register("Revoked " + UUID.randomUUID(), ApiScope.REQUESTS_READ);
        String issuedBefore = tokens().token(client.clientId(), client.secret(), TokenClient.clientCredentials(null))
                .accessToken();
        assertThat(apiTokens.decode(issuedBefore).getSubject()).isEqualTo(client.clientId());

        Administrator.does(() -> {
            apiClients.revoke(client.clientId());
            return null;
        });

        TokenClient.Answer after = tokens().token(client.clientId(), client.secret(), TokenClient.clientCredentials(null));
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.error()).isEqualTo("invalid_client");
        assertThatThrownBy(() -> apiTokens.decode(issuedBefore)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("revoked");
    }

    @Test
    void aClientRevokedByAnotherNodeHasItsTokensRefusedWithinTheTimeItsStandingIsKept() {
        IssuedSecret client = register("Revoked elsewhere " + UUID.randomUUID(), ApiScope.REQUESTS_READ);
        String token = tokens().token(client.clientId(), client.secret(), TokenClient.clientCredentials(null)).accessToken();
        assertThat(apiTokens.decode(token).getSubject()).as("read and kept while active").isEqualTo(client.clientId());

        // another node revoked it: this one has not forgotten what it read
        jdbc.update("update api_client set revoked_at = current_timestamp where client_id = ?", client.clientId());

        await().atMost(ActiveClients.KEPT.plusSeconds(2)).untilAsserted(() -> assertThatThrownBy(() -> apiTokens.decode(token))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("revoked"));
    }

    @Test
    void afterARotationThePreviousSecretWorksForItsGracePeriodAndThenNot() {
        IssuedSecret first = register("Rotated " + UUID.randomUUID(), ApiScope.REQUESTS_READ);

        IssuedSecret second = Administrator.does(() -> apiClients.rotateSecret(first.clientId(), "24"));

        assertThat(second.secret()).isNotEqualTo(first.secret());
        assertThat(tokens().token(first.clientId(), second.secret(), TokenClient.clientCredentials(null)).status())
                .as("the new secret").isEqualTo(200);
        assertThat(tokens().token(first.clientId(), first.secret(), TokenClient.clientCredentials(null)).status())
                .as("the previous secret, within its grace period").isEqualTo(200);

        // the grace period has passed
        jdbc.update("update api_client set previous_secret_expires_at = current_timestamp - interval '1' minute"
                + " where client_id = ?", first.clientId());

        TokenClient.Answer late = tokens().token(first.clientId(), first.secret(), TokenClient.clientCredentials(null));
        assertThat(late.status()).as("the previous secret, after its grace period").isEqualTo(401);
        assertThat(tokens().token(first.clientId(), second.secret(), TokenClient.clientCredentials(null)).status())
                .isEqualTo(200);
    }

    @Test
    void theApiHoldsAClientToTheRateLimitItsAdministratorSet() throws Exception {
        IssuedSecret client = Administrator.does(() -> apiClients.register(new NewApiClient("Two a minute "
                + UUID.randomUUID(), "digital@porth.example.gov.uk", Set.of(ApiScope.REQUESTS_READ), "2", false, "")));
        String token = tokens().token(client.clientId(), client.secret(), TokenClient.clientCredentials(null)).accessToken();
        HttpRequest services = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/services"))
                .header("Authorization", "Bearer " + token).build();
        HttpClient http = HttpClient.newHttpClient();

        List<Integer> statuses = new ArrayList<>();
        for (int call = 0; call < 3; call++) {
            statuses.add(http.send(services, HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        HttpResponse<Void> over = http.send(services, HttpResponse.BodyHandlers.discarding());

        assertThat(statuses).containsExactly(200, 200, 429);
        assertThat(over.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void aScopeTheAdministratorTakesAwayStopsWorkingAtOnceInTokensAlreadyIssuedAndTheRestKeepWorking() {
        IssuedSecret client = register("Narrowed " + UUID.randomUUID(), ApiScope.REQUESTS_READ, ApiScope.OPEN311);
        String both = tokens().token(client.clientId(), client.secret(), TokenClient.clientCredentials(null)).accessToken();
        String open311 = tokens().token(client.clientId(), client.secret(), TokenClient.clientCredentials("open311"))
                .accessToken();

        Administrator.does(() -> apiClients.change(client.clientId(), new ApiClientChanges("Narrowed " + UUID.randomUUID(),
                "digital@porth.example.gov.uk", Set.of(ApiScope.OPEN311), "600")));

        assertThatThrownBy(() -> apiTokens.decode(both)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("may no longer use");
        assertThat(apiTokens.decode(open311).getClaimAsStringList("scope")).containsExactly("open311");
        assertThat(tokens().token(client.clientId(), client.secret(), TokenClient.clientCredentials("requests:read"))
                .error()).isEqualTo("invalid_scope");
    }

    @Test
    void aRotationWithNoGraceRefusesThePreviousSecretAtOnce() {
        IssuedSecret first = register("No grace " + UUID.randomUUID(), ApiScope.REQUESTS_READ);

        Administrator.does(() -> apiClients.rotateSecret(first.clientId(), "0"));

        assertThat(tokens().token(first.clientId(), first.secret(), TokenClient.clientCredentials(null)).status())
                .isEqualTo(401);
    }

    private IssuedSecret register(String name, ApiScope... scopes) {
        return Administrator.does(() -> apiClients.register(new NewApiClient(name, "digital@porth.example.gov.uk",
                Set.of(scopes), "600", false, "")));
    }

    private TokenClient tokens() {
        return new TokenClient(port);
    }
}
