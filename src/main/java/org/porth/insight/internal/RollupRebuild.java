package org.porth.insight.internal;

import org.porth.shared.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts every case again from casework's records, in one transaction that holds the job lock: at
 * night, so that anything the listeners missed or counted before a fix is put right by morning, and
 * when an administrator asks. Cases are counted twice over: the first pass writes every case, so
 * that the second can find the earlier cases a repeat or a request asked again refers to, whatever
 * order their references come in.
 */
@Component
public class RollupRebuild {

    static final String JOB = "insight-rebuild";
    private static final int PAGE = 500;
    private static final Logger log = LoggerFactory.getLogger(RollupRebuild.class);

    private final JobLock lock;
    private final Rollups rollups;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SatisfactionRollup satisfaction;

    RollupRebuild(JobLock lock, Rollups rollups, JdbcClient jdbc, TransactionTemplate transactions,
            SatisfactionRollup satisfaction) {
        this.lock = lock;
        this.rollups = rollups;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.satisfaction = satisfaction;
    }

    @Scheduled(cron = "${porth.insight.rebuild-cron:0 30 2 * * *}", zone = "Europe/London")
    void nightly() {
        rebuild();
    }

    /** @return false when another node is rebuilding already */
    public boolean rebuild() {
        Boolean done = transactions.execute(status -> {
            if (!lock.tryTake(JOB)) {
                return false;
            }
            jdbc.sql("delete from insight_daily").update();
            jdbc.sql("delete from insight_contact").update();
            jdbc.sql("delete from insight_case").update();
            pass();
            pass();
            satisfaction.rebuild();
            log.info("Insight counted every case again from its record");
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    private void pass() {
        String last = null;
        do {
            last = rollups.countPage(last, PAGE);
        } while (last != null);
    }
}
