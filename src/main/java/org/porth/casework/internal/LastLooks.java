package org.porth.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** When each officer last looked at Your work (officer_last_look). */
@Component
public class LastLooks {

    private final JdbcClient jdbc;

    LastLooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that the officer looks now; returns when they looked before, if ever. */
    public Optional<Instant> lookNow(String officer, Instant now) {
        Optional<Instant> before = jdbc.sql("select looked_at from officer_last_look where staff_id = :officer")
                .param("officer", officer).query(Timestamp.class).optional().map(Timestamp::toInstant);
        // standard SQL MERGE: the same statement on H2 and PostgreSQL 15
        jdbc.sql("""
                        merge into officer_last_look l
                        using (values (cast(:officer as varchar(300)), cast(:now as timestamp(6) with time zone)))
                              as s (staff_id, looked_at) on l.staff_id = s.staff_id
                        when matched then update set looked_at = s.looked_at
                        when not matched then insert (staff_id, looked_at) values (s.staff_id, s.looked_at)""")
                .param("officer", officer).param("now", Timestamp.from(now)).update();
        return before;
    }
}
