package org.porth.channels.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.channels.ApiScope;
import org.porth.channels.internal.ApiClientStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The purge deletes an API client's authorization once every token in it has expired, and one left
 * waiting for consent for over a day; it keeps what can still be used and rows that are not an API
 * client's; a node finding another running it does nothing. Rows are saved as the authorization server saves them.
 */
@SpringBootTest
abstract class ApiAuthorizationPurgeContract {

    @Autowired
    private ApiAuthorizationPurge purge;
    @Autowired
    private ApiClientStore clients;
    @Autowired
    private RegisteredClientRepository registered;
    @Autowired
    private OAuth2AuthorizationService authorizations;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private RegisteredClient client;

    @BeforeEach
    void anApiClient() {
        String clientId = "porth-" + UUID.randomUUID();
        var row = clients.insert(clientId, "Purged " + clientId, "owner@example.org", Set.of(ApiScope.REQUESTS_READ), 60,
                false, List.of("https://app.example.org/back"), "{noop}x", now);
        client = registered.findById(row.id());
    }

    @Test
    void anAuthorizationWhoseEveryTokenExpiredIsDeletedAndOneStillUsableIsKept() {
        String expired = saved(access(now.minus(Duration.ofMinutes(1))), null);
        String usable = saved(access(now.plus(Duration.ofMinutes(5))), null);
        String refreshable = saved(access(now.minus(Duration.ofMinutes(1))), now.plus(Duration.ofDays(29)));
        String spent = saved(access(now.minus(Duration.ofDays(31))), now.minus(Duration.ofDays(1)));

        assertThat(purge.runOnce(now)).isGreaterThanOrEqualTo(2);

        assertThat(remaining()).contains(usable, refreshable).doesNotContain(expired, spent);
    }

    @Test
    void aConsentLeftUnansweredIsKeptForADayThenDeleted() {
        String waiting = saved(null, null);
        String abandoned = saved(null, null);
        jdbc.update("update oauth2_authorization set created_at = ? where id = ?",
                java.sql.Timestamp.from(now.minus(ApiAuthorizationPurge.CONSENT_WAIT).minusSeconds(60)), abandoned);

        purge.runOnce(now);

        assertThat(remaining()).contains(waiting).doesNotContain(abandoned);
    }

    @Test
    void theSignInProvidersRowsAreNotItsToDelete() {
        String signIn = "sign-in-" + UUID.randomUUID();
        jdbc.update("""
                insert into oauth2_authorization (id, registered_client_id, principal_name, authorization_grant_type,
                    access_token_value, access_token_issued_at, access_token_expires_at)
                values (?, 'porth-portal', 'rhian', 'authorization_code', 't', ?, ?)""", signIn,
                java.sql.Timestamp.from(now.minus(Duration.ofHours(2))), java.sql.Timestamp.from(now.minus(Duration.ofHours(1))));

        purge.runOnce(now);

        assertThat(jdbc.queryForObject("select count(*) from oauth2_authorization where id = ?", Integer.class, signIn))
                .isEqualTo(1);
        jdbc.update("delete from oauth2_authorization where id = ?", signIn);
    }

    @Test
    void whileAnotherNodeRunsItThisOneDoesNothing() {
        String expired = saved(access(now.minus(Duration.ofMinutes(1))), null);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            jdbc.queryForList("select name from job_lock where name = ? for update", ApiAuthorizationPurge.JOB);
            assertThat(onAnotherThread()).isZero();
        });
        assertThat(remaining()).contains(expired);
    }

    private int onAnotherThread() {
        try {
            var result = java.util.concurrent.CompletableFuture.supplyAsync(() -> purge.runOnce(now));
            return result.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An access token expiring then, issued ten minutes before. */
    private static OAuth2AccessToken access(Instant expires) {
        return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "a-" + UUID.randomUUID(),
                expires.minus(Duration.ofMinutes(10)), expires);
    }

    /** Saved by the authorization server's own service; no token at all is a consent still waiting. */
    private String saved(OAuth2AccessToken access, Instant refreshExpires) {
        String id = UUID.randomUUID().toString();
        OAuth2Authorization.Builder authorization = OAuth2Authorization.withRegisteredClient(client).id(id)
                .principalName(client.getClientId());
        if (access == null) {
            authorization.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .attribute(OAuth2ParameterNames.STATE, "s-" + id);
        } else {
            authorization.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).accessToken(access);
        }
        if (refreshExpires != null) {
            authorization.refreshToken(new OAuth2RefreshToken("r-" + id, refreshExpires.minus(Duration.ofDays(30)),
                    refreshExpires));
        }
        authorizations.save(authorization.build());
        return id;
    }

    private List<String> remaining() {
        return jdbc.queryForList("select id from oauth2_authorization where registered_client_id = ?", String.class,
                client.getId());
    }
}
