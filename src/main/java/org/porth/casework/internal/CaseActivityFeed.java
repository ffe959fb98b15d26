package org.porth.casework.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;

import org.porth.casework.CaseActivity;
import org.porth.casework.CaseChanges.Subscription;
import org.porth.casework.TimelineKind;
import org.porth.shared.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands what happens to cases to this node's listeners (open staff pages), whichever node it
 * happened on (decision 0030). Each change is written to {@code case_change} in its own transaction,
 * in the database's time, with this node's id: this node's listeners hear it as soon as it commits;
 * while anyone listens here, every poll interval reads what the other nodes wrote since the last
 * poll, looking back a grace period for transactions that committed late. Listeners are called on
 * one thread of the feed's own, so a change never waits for the pages it updates.
 */
@Component
public class CaseActivityFeed {

    private static final Logger LOG = LoggerFactory.getLogger(CaseActivityFeed.class);

    private final JdbcClient jdbc;
    private final Duration grace;
    private final Duration keep;
    private final String node = UUID.randomUUID().toString();
    private final List<Consumer<List<CaseActivity>>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("case-activity").factory());
    /** Rows of other nodes already handed on, with their time: a row is read again until it is older than the grace. */
    private final Map<Long, OffsetDateTime> delivered = new HashMap<>();
    /** When the last poll read up to, in the database's time; null while nobody listens. */
    private OffsetDateTime readUpTo;

    CaseActivityFeed(JdbcClient jdbc, @Value("${porth.casework.live.grace:20s}") Duration grace,
            @Value("${porth.casework.live.keep:10m}") Duration keep) {
        this.jdbc = jdbc;
        this.grace = grace;
        this.keep = keep;
    }

    public Subscription subscribe(Consumer<List<CaseActivity>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** In the change's transaction: its row for the other nodes, and this node's listeners told after commit. */
    @EventListener
    void record(CaseActivity activity) {
        jdbc.sql("""
                insert into case_change (case_reference, queue_id, kind, actor, node, changed_at)
                values (?, ?, ?, ?, ?, current_timestamp)""")
                .params(activity.reference(), activity.queueId(), activity.kind().name(), activity.actor(), node)
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            changeOfThisTransaction().add(activity);
        } else {
            deliver(List.of(activity));
        }
    }

    /** The activities of the running transaction so far, handed on together when it commits. */
    @SuppressWarnings("unchecked")
    private List<CaseActivity> changeOfThisTransaction() {
        Object bound = TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return (List<CaseActivity>) bound;
        }
        List<CaseActivity> change = new ArrayList<>();
        TransactionSynchronizationManager.bindResource(this, change);
        AfterCommit.run(() -> deliver(List.copyOf(change)));
        AfterCommit.whenDone(() -> TransactionSynchronizationManager.unbindResourceIfPossible(this));
        return change;
    }

    /** The other nodes' changes since the last poll; nothing at all while nobody here listens. */
    @Scheduled(fixedDelayString = "${porth.casework.live.poll-interval:2s}",
            initialDelayString = "${porth.casework.live.poll-interval:2s}")
    synchronized void poll() {
        if (listeners.isEmpty()) {
            readUpTo = null;
            delivered.clear();
            return;
        }
        OffsetDateTime now = jdbc.sql("select current_timestamp").query(OffsetDateTime.class).single();
        boolean first = readUpTo == null;
        OffsetDateTime from = (first ? now : readUpTo).minus(grace);
        List<CaseActivity> fresh = new ArrayList<>();
        jdbc.sql("""
                select id, case_reference, queue_id, kind, actor, changed_at from case_change
                where changed_at > :from and node <> :node order by id""")
                .param("from", from).param("node", node)
                .query(row -> {
                    OffsetDateTime at = row.getObject("changed_at", OffsetDateTime.class);
                    if (delivered.put(row.getLong("id"), at) == null) {
                        fresh.add(new CaseActivity(row.getString("case_reference"), row.getString("queue_id"),
                                TimelineKind.valueOf(row.getString("kind")), row.getString("actor"), at.toInstant()));
                    }
                });
        delivered.values().removeIf(at -> !at.isAfter(from));
        readUpTo = now;
        if (!first && !fresh.isEmpty()) {
            deliver(fresh);
        }
    }

    /** Rows no poll will read again; any node may do it, and more than one at once does no harm. */
    @Scheduled(fixedDelayString = "${porth.casework.live.keep:10m}")
    void forgetOldChanges() {
        OffsetDateTime now = jdbc.sql("select current_timestamp").query(OffsetDateTime.class).single();
        jdbc.sql("delete from case_change where changed_at < ?").param(now.minus(keep)).update();
    }

    private void deliver(List<CaseActivity> change) {
        if (listeners.isEmpty()) {
            return;
        }
        delivery.execute(() -> listeners.forEach(listener -> {
            try {
                listener.accept(change);
            } catch (RuntimeException failed) {
                LOG.warn("A listener to case changes failed; the others are still told", failed);
            }
        }));
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
