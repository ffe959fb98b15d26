package org.porth.integration.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.porth.integration.IntegrationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The integration events as recorded, in plain JDBC: written in the transaction of the change that
 * caused them, numbered by {@code seq} in the order they were recorded. It is the relay's outbox.
 */
@Component
public class EventLog {

    static final String PENDING = "PENDING";
    static final String CONFIRMED = "CONFIRMED";
    static final String FAILED = "FAILED";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    EventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(IntegrationEvent event, Instant now) {
        jdbc.sql("""
                insert into integration_event (id, type, subject, service_code, audience, event_time, data,
                    recorded_at, relay_status)
                values (:id, :type, :subject, :service, :audience, :time, :data, :now, 'PENDING')""")
                .param("id", event.id()).param("type", event.type()).param("subject", event.subject())
                .param("service", event.serviceCode()).param("audience", event.audience())
                .param("time", at(event.time())).param("data", JSON.writeValueAsString(event.data()))
                .param("now", at(now)).update();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
