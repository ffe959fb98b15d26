package org.porth.casework.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The routing administrators saved, every version kept; a service's newest one is in force. */
@Component
class RoutingOverrides {

    private final JdbcClient jdbc;

    RoutingOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> current(String serviceId) {
        return jdbc.sql("""
                select routing from routing_override where service_id = ?
                order by id desc fetch first 1 rows only""").param(serviceId).query(String.class).optional();
    }

    void save(String serviceId, String routing, String savedBy, Instant savedAt) {
        jdbc.sql("insert into routing_override (service_id, routing, saved_by, saved_at) values (?, ?, ?, ?)")
                .params(serviceId, routing, savedBy, OffsetDateTime.ofInstant(savedAt, ZoneOffset.UTC)).update();
    }
}
