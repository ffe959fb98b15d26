package org.porth.insight.internal;

import java.sql.Timestamp;
import java.util.List;

import org.porth.apply.SatisfactionAnswers;
import org.porth.apply.SatisfactionRated;
import org.porth.identity.SystemTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps residents' satisfaction answers for the dashboard: each one as its event arrives, and all of
 * them again from apply's record in the nightly rebuild. An answer never changes, so writing it twice
 * leaves one row.
 */
@Component
public class SatisfactionRollup {

    private static final int PAGE = 500;

    private final JdbcClient jdbc;
    private final SatisfactionAnswers answers;

    SatisfactionRollup(JdbcClient jdbc, SatisfactionAnswers answers) {
        this.jdbc = jdbc;
        this.answers = answers;
    }

    @ApplicationModuleListener
    void on(SatisfactionRated rated) {
        count(rated);
    }

    /** Counts one answer: what the listener does, and what a test does for an answer it wrote itself. */
    public void count(SatisfactionRated rated) {
        jdbc.sql("""
                insert into insight_satisfaction (reference, service_id, score, answered_at, on_day)
                values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(rated.reference(), rated.serviceCode(), rated.score(),
                        Timestamp.from(CaseFact.micros(rated.at())), CaseFact.day(rated.at()))
                .update();
    }

    /** Every answer again, in the rebuild's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void rebuild() {
        jdbc.sql("delete from insight_satisfaction").update();
        String last = null;
        do {
            String after = last;
            List<SatisfactionRated> page = SystemTask.INSIGHT.run(() -> answers.after(after, PAGE));
            page.forEach(this::count);
            last = page.isEmpty() ? null : page.getLast().reference();
        } while (last != null);
    }
}
