package org.porth.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets one node at a time act in a scheduled job that runs on every node: the job's row in
 * {@code job_lock}, locked until the job's transaction ends, however it ends (a node that dies lets
 * go with its connection). Why a row lock: docs/decisions/0009-one-node-runs-scheduled-jobs.md.
 */
@Component
public class JobLock {

    private final JdbcClient jdbc;

    public JobLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the job's lock for the current transaction, unless another transaction holds it: then
     * false at once, never waiting, so that node simply skips.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean tryTake(String job) {
        return !jdbc.sql("select name from job_lock where name = ? for update skip locked").param(job)
                .query(String.class).list().isEmpty();
    }
}
