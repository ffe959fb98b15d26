package org.porth.channels.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Idempotency keys are kept 24 hours, then the purge forgets them; a newer key stays. */
@SpringBootTest
@Import(ApiSubmissionContract.TightLimit.class)
class IdempotencyPurgeTest {

    @Autowired
    private IdempotencyPurge purge;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aKeyOlderThan24HoursIsForgottenAndANewerOneKept() {
        String client = "app-" + UUID.randomUUID();
        key(client, "old", Instant.now().minus(Duration.ofHours(25)));
        key(client, "new", Instant.now().minus(Duration.ofHours(23)));

        assertThat(purge.runOnce()).isPositive();

        assertThat(jdbc.queryForList("select idempotency_key from api_idempotency_key where client_id = ?",
                String.class, client)).isEqualTo(List.of("new"));
    }

    private void key(String client, String key, Instant at) {
        jdbc.update("""
                insert into api_idempotency_key (client_id, idempotency_key, fingerprint, status, content_type, body, created_at)
                values (?, ?, 'f', 201, 'application/json', '{}', ?)""", client, key, Timestamp.from(at));
    }
}
