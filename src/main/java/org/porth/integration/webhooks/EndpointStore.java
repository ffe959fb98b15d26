package org.porth.integration.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.porth.integration.WebhookEndpointDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The webhook endpoints ({@code webhook_endpoint}), in plain JDBC. Lists are kept space-separated. */
@Component
public class EndpointStore {

    private static final String COLUMNS = "id, name, url, owner_email, event_types, service_codes, partner_id,"
            + " enabled, disabled_reason, created_at";

    private final JdbcClient jdbc;

    EndpointStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(WebhookEndpointDetails endpoint, String secret) {
        jdbc.sql("insert into webhook_endpoint (" + COLUMNS + ", secret) values (:id, :name, :url, :owner, :types,"
                        + " :services, :partner, true, null, :at, :secret)")
                .param("id", endpoint.id()).param("name", endpoint.name()).param("url", endpoint.url())
                .param("owner", endpoint.ownerEmail()).param("types", joined(endpoint.eventTypes()))
                .param("services", joined(endpoint.serviceCodes())).param("partner", endpoint.partnerId())
                .param("at", at(endpoint.createdAt())).param("secret", secret).update();
    }

    public List<WebhookEndpointDetails> all() {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoint order by name").query(EndpointStore::details).list();
    }

    public List<WebhookEndpointDetails> enabled() {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoint where enabled").query(EndpointStore::details).list();
    }

    public List<WebhookEndpointDetails> ofPartner(String partnerId) {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoint where partner_id = :partner order by name")
                .param("partner", partnerId).query(EndpointStore::details).list();
    }

    public Optional<WebhookEndpointDetails> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoint where id = :id").param("id", id)
                .query(EndpointStore::details).optional();
    }

    public boolean nameTaken(String name) {
        return jdbc.sql("select count(*) from webhook_endpoint where lower(name) = lower(:name)").param("name", name)
                .query(Integer.class).single() > 0;
    }

    /** The endpoint's URL and secret, for signing a delivery; empty when it is off. */
    Optional<Target> enabledTarget(String id) {
        return jdbc.sql("select url, secret from webhook_endpoint where id = :id and enabled").param("id", id)
                .query((row, n) -> new Target(row.getString("url"), row.getString("secret"))).optional();
    }

    public void newSecret(String id, String secret) {
        jdbc.sql("update webhook_endpoint set secret = :secret where id = :id").param("secret", secret).param("id", id)
                .update();
    }

    /** Turns it on or off; whether it changed (it was not that way already). */
    public boolean switchTo(String id, boolean enabled, String reason) {
        return jdbc.sql("update webhook_endpoint set enabled = :enabled, disabled_reason = :reason"
                        + " where id = :id and enabled <> :enabled")
                .param("enabled", enabled).param("reason", enabled ? null : reason).param("id", id).update() == 1;
    }

    record Target(String url, String secret) {
    }

    private static WebhookEndpointDetails details(ResultSet row, int number) throws SQLException {
        return new WebhookEndpointDetails(row.getString("id"), row.getString("name"), row.getString("url"),
                row.getString("owner_email"), split(row.getString("event_types")), split(row.getString("service_codes")),
                row.getString("partner_id"), row.getBoolean("enabled"), row.getString("disabled_reason"),
                row.getTimestamp("created_at").toInstant());
    }

    private static String joined(Collection<String> values) {
        return String.join(" ", values);
    }

    private static List<String> split(String values) {
        return values.isBlank() ? List.of() : Arrays.asList(values.split(" "));
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
