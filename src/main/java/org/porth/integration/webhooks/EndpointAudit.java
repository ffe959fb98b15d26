package org.porth.integration.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.porth.integration.WebhookAuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The append-only record of every change to webhook endpoints ({@code webhook_audit}). */
@Component
public class EndpointAudit {

    /** Who the delivery worker's own changes (disabling an endpoint that answered 410) are recorded as. */
    public static final String PORTH = "porth";

    private final JdbcClient jdbc;

    EndpointAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String endpointId, String staffId, String action, String detail, Instant at) {
        jdbc.sql("insert into webhook_audit (id, endpoint_id, at, staff_id, action, detail) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), endpointId, EndpointStore.at(at), staffId, action, detail)
                .update();
    }

    /** The endpoint's changes, newest first. */
    public List<WebhookAuditEntry> of(String endpointId) {
        return jdbc.sql("select at, staff_id, action, detail from webhook_audit where endpoint_id = ? order by at desc, id")
                .param(endpointId)
                .query((rs, rowNum) -> new WebhookAuditEntry(rs.getTimestamp("at").toInstant(), rs.getString("staff_id"),
                        rs.getString("action"), rs.getString("detail")))
                .list();
    }
}
