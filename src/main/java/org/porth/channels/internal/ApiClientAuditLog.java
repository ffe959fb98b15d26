package org.porth.channels.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.porth.channels.ApiClientAuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The append-only record of every change to API clients ({@code api_client_audit}). */
@Component
public class ApiClientAuditLog {

    private final JdbcClient jdbc;

    ApiClientAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String clientId, String staffId, String action, String detail, Instant at) {
        jdbc.sql("insert into api_client_audit (id, client_id, at, staff_id, action, detail)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), clientId, ApiClientStore.at(at), staffId, action, detail)
                .update();
    }

    /** The client's changes, newest first. */
    public List<ApiClientAuditEntry> of(String clientId) {
        return jdbc.sql("select at, staff_id, action, detail from api_client_audit where client_id = ?"
                        + " order by at desc, id")
                .param(clientId)
                .query((rs, rowNum) -> new ApiClientAuditEntry(rs.getTimestamp("at").toInstant(),
                        rs.getString("staff_id"), rs.getString("action"), rs.getString("detail")))
                .list();
    }
}
