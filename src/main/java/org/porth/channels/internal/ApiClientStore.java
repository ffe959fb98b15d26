package org.porth.channels.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.porth.channels.ApiScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code api_client} table: clients, their secrets' hashes and whether they are revoked. */
@Component
public class ApiClientStore {

    private static final String COLUMNS = """
            id, client_id, name, owner_contact, scopes, rate_limit_per_minute, test_client, redirect_uris,
            secret_hash, previous_secret_hash, previous_secret_expires_at, registered_at, revoked_at""";

    private final JdbcClient jdbc;

    ApiClientStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ApiClientRow insert(String clientId, String name, String ownerContact, Set<ApiScope> scopes,
            int rateLimitPerMinute, boolean testClient, List<String> redirectUris, String secretHash, Instant now) {
        var row = new ApiClientRow(UUID.randomUUID().toString(), clientId, name, ownerContact,
                ApiClientRow.joined(scopes), rateLimitPerMinute, testClient, String.join(" ", redirectUris),
                secretHash, null, null, now, null);
        jdbc.sql("insert into api_client (" + COLUMNS + ", version) values (:id, :clientId, :name, :owner, :scopes,"
                        + " :rate, :test, :redirects, :secret, null, null, :now, null, 0)")
                .param("id", row.id()).param("clientId", clientId).param("name", name).param("owner", ownerContact)
                .param("scopes", row.scopes()).param("rate", rateLimitPerMinute).param("test", testClient)
                .param("redirects", row.redirectUris()).param("secret", secretHash).param("now", at(now))
                .update();
        return row;
    }

    public Optional<ApiClientRow> find(String clientId) {
        return jdbc.sql("select " + COLUMNS + " from api_client where client_id = ?").param(clientId)
                .query(ApiClientStore::row).optional();
    }

    /** A client that may still get tokens and use them: not revoked. */
    public Optional<ApiClientRow> findActive(String clientId) {
        return find(clientId).filter(row -> row.revokedAt() == null);
    }

    public Optional<ApiClientRow> findActiveById(String id) {
        return jdbc.sql("select " + COLUMNS + " from api_client where id = ? and revoked_at is null").param(id)
                .query(ApiClientStore::row).optional();
    }

    public List<ApiClientRow> all() {
        return jdbc.sql("select " + COLUMNS + " from api_client order by lower(name), client_id")
                .query(ApiClientStore::row).list();
    }

    /** The new secret's hash; the old one is kept until {@code previousUntil} (not at all when that is now). */
    public void rotate(String clientId, String newSecretHash, Instant previousUntil) {
        jdbc.sql("""
                update api_client set previous_secret_hash = secret_hash, previous_secret_expires_at = :until,
                       secret_hash = :secret, version = version + 1
                 where client_id = :clientId and revoked_at is null""")
                .param("until", at(previousUntil)).param("secret", newSecretHash).param("clientId", clientId)
                .update();
    }

    /** Revokes the client, and drops every authorization and consent it holds, so its tokens stop working too. */
    public void revoke(String clientId, Instant now) {
        find(clientId).ifPresent(row -> {
            jdbc.sql("update api_client set revoked_at = :now, previous_secret_hash = null,"
                            + " previous_secret_expires_at = null, version = version + 1 where id = :id")
                    .param("now", at(now)).param("id", row.id()).update();
            jdbc.sql("delete from oauth2_authorization where registered_client_id = ?").param(row.id()).update();
            jdbc.sql("delete from oauth2_authorization_consent where registered_client_id = ?").param(row.id()).update();
        });
    }

    /**
     * The client's new name, owner, scopes and rate limit. With a scope taken away, its authorizations
     * go too (not its residents' consents), so no refresh token renews a scope it lost.
     */
    public void change(ApiClientRow row, String name, String ownerContact, Set<ApiScope> scopes, int rateLimitPerMinute) {
        jdbc.sql("""
                update api_client set name = :name, owner_contact = :owner, scopes = :scopes,
                       rate_limit_per_minute = :rate, version = version + 1
                 where id = :id and revoked_at is null""")
                .param("name", name).param("owner", ownerContact).param("scopes", ApiClientRow.joined(scopes))
                .param("rate", rateLimitPerMinute).param("id", row.id()).update();
        if (!scopes.containsAll(row.scopeSet())) {
            jdbc.sql("delete from oauth2_authorization where registered_client_id = ?").param(row.id()).update();
        }
    }

    public boolean nameTaken(String name) {
        return jdbc.sql("select count(*) from api_client where lower(name) = lower(?) and revoked_at is null")
                .param(name).query(Long.class).single() > 0;
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static ApiClientRow row(ResultSet rs, int rowNum) throws SQLException {
        return new ApiClientRow(rs.getString("id"), rs.getString("client_id"), rs.getString("name"),
                rs.getString("owner_contact"), rs.getString("scopes"), rs.getInt("rate_limit_per_minute"),
                rs.getBoolean("test_client"), rs.getString("redirect_uris"), rs.getString("secret_hash"),
                rs.getString("previous_secret_hash"), instant(rs.getTimestamp("previous_secret_expires_at")),
                instant(rs.getTimestamp("registered_at")), instant(rs.getTimestamp("revoked_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
