package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.casework.CaseActivity;
import org.porth.casework.CaseChanges.Subscription;
import org.porth.casework.TimelineKind;
import org.porth.shared.Reference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The feed hands each committed change on once: this node's after commit, another node's at the next poll. */
@SpringBootTest
abstract class CaseActivityFeedContract {

    private static final Duration SOON = Duration.ofSeconds(10);

    @Autowired
    private CaseActivityFeed feed;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private JdbcTemplate jdbc;

    private final List<List<CaseActivity>> heard = new CopyOnWriteArrayList<>();
    private Subscription subscription;

    @BeforeEach
    void listen() {
        subscription = feed.subscribe(heard::add);
        feed.poll(); // the first poll only notes where it is
    }

    @AfterEach
    void stopListening() {
        subscription.end();
    }

    @Test
    void aChangeOnThisNodeIsHeardAfterItCommitsAsOneChangeAndIsNotPolledBack() {
        String reference = Reference.random().value();

        transaction.executeWithoutResult(status -> {
            events.publishEvent(activity(reference, TimelineKind.RESIDENT_REPLIED));
            events.publishEvent(activity(reference, TimelineKind.CLOCK_RESUMED));
            assertThat(about(reference)).as("not before it commits").isEmpty();
        });

        await().atMost(SOON).until(() -> !about(reference).isEmpty());
        assertThat(about(reference)).singleElement().satisfies(change -> assertThat(change)
                .extracting(CaseActivity::kind).containsExactly(TimelineKind.RESIDENT_REPLIED, TimelineKind.CLOCK_RESUMED));
        feed.poll();
        feed.poll();
        assertThat(about(reference)).hasSize(1);
    }

    @Test
    void aChangeThatIsRolledBackIsNeverHeard() {
        String rolledBack = Reference.random().value();
        String committed = Reference.random().value();

        transaction.executeWithoutResult(status -> {
            events.publishEvent(activity(rolledBack, TimelineKind.NOTE));
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> events.publishEvent(activity(committed, TimelineKind.NOTE)));

        await().atMost(SOON).until(() -> !about(committed).isEmpty());
        assertThat(about(rolledBack)).isEmpty();
    }

    @Test
    void anotherNodesChangeIsHeardOnceAtTheNextPoll() {
        String reference = Reference.random().value();
        jdbc.update("""
                insert into case_change (case_reference, queue_id, kind, actor, node, changed_at)
                values (?, 'highway-emergencies', 'STATUS_CHANGED', 'staff:sunil', 'another-node', current_timestamp)""",
                reference);

        feed.poll();
        feed.poll();

        await().atMost(SOON).until(() -> !about(reference).isEmpty());
        assertThat(about(reference)).singleElement().satisfies(change -> assertThat(change).singleElement()
                .satisfies(activity -> {
                    assertThat(activity.queueId()).isEqualTo("highway-emergencies");
                    assertThat(activity.kind()).isEqualTo(TimelineKind.STATUS_CHANGED);
                    assertThat(activity.actor()).isEqualTo("staff:sunil");
                }));
    }

    private static CaseActivity activity(String reference, TimelineKind kind) {
        return new CaseActivity(reference, "highway-emergencies", kind, "staff:cara", Instant.now());
    }

    /** The changes heard that are about the case, each as it was handed on. */
    private List<List<CaseActivity>> about(String reference) {
        return heard.stream().map(change -> change.stream().filter(activity -> activity.reference().equals(reference))
                .toList()).filter(change -> !change.isEmpty()).toList();
    }
}
