package org.porth.apply.internal;

import java.util.List;

import org.porth.apply.SatisfactionRated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Satisfaction answers a page at a time, in reference order, without their comments. */
@Component
public class SatisfactionAnswerReader {

    private final JdbcClient jdbc;

    SatisfactionAnswerReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SatisfactionRated> after(String reference, int limit) {
        return jdbc.sql("""
                select reference, service_id, score, comment, answered_at from satisfaction_answer
                where reference > :after order by reference fetch first :limit rows only""")
                .param("after", reference == null ? "" : reference).param("limit", limit)
                .query((rs, n) -> new SatisfactionRated(rs.getString("reference"), rs.getString("service_id"),
                        rs.getInt("score"), rs.getString("comment") != null, rs.getTimestamp("answered_at").toInstant()))
                .list();
    }
}
