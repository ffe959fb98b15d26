package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.casework.CaseAtRisk;
import org.porth.casework.CaseBreached;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseSummary;
import org.porth.casework.CaseWork;
import org.porth.casework.Outcome;
import org.porth.casework.ResidentCases;
import org.porth.casework.SlaState;
import org.porth.casework.SupervisorAttention;
import org.porth.casework.TimelineKind;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.JobLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service-level watch flags a case at risk or breached once, with one timeline entry and one
 * event, however many nodes run it at the same moment; breached cases go to their team's
 * supervisors; a case reopened after its outcome is watched again. Cases are submitted Monday 2 March 2026 09:00 and due Tuesday 17:00 (16 office hours).
 */
@SpringBootTest
@Import(SlaWatchContract.Notifications.class)
abstract class SlaWatchContract {

    private static final Instant SUBMITTED = london("2026-03-02T09:00");
    private static final Instant DUE = london("2026-03-03T17:00");
    private static final Instant EIGHTY_PERCENT_USED = london("2026-03-03T13:48");
    private static final Instant PAST_DUE = london("2026-03-04T10:00");

    @Autowired
    private SlaWatch watch;
    @Autowired
    private JobLock lock;
    @Autowired
    private WatchedCases watchedCases;
    @Autowired
    private SupervisorAttention attention;
    @Autowired
    private ServiceCaseRepository cases;
    @Autowired
    private TimelineRepository timeline;
    @Autowired
    private Notifications notifications;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private PlatformTransactionManager transactionManager;
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CaseWork work;
    @Autowired
    private ResidentCases residentCases;
    @Autowired
    private ResidentProfiles residents;

    private CaseFixtures fixtures;

    @BeforeEach
    void aQueueOfItsOwn() {
        fixtures = new CaseFixtures(jdbc);
        transactions = new TransactionTemplate(transactionManager);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCasePastDueIsFlaggedBreachedOnce() {
        String reference = fixtures.opened(CaseStatus.IN_PROGRESS, SUBMITTED, DUE);

        watch.runOnce(PAST_DUE);
        watch.runOnce(PAST_DUE.plusSeconds(60));

        assertThat(slaState(reference)).isEqualTo(SlaState.BREACHED);
        assertThat(flags(reference)).containsExactly(TimelineKind.BREACHED);
        assertThat(notifications.about(reference)).containsExactly(new CaseBreached(reference, fixtures.queue, DUE));
        assertThat(jdbc.queryForObject("select count(*) from event_publication where event_type = ?"
                + " and serialized_event like ? and listener_id like '%NotificationListeners%'", Integer.class,
                CaseBreached.class.getName(), "%" + reference + "%"))
                .as("stored by the event publication registry for notifications, once").isEqualTo(1);
    }

    @Test
    void aCaseWith80PercentOfItsTimeUsedIsFlaggedAtRiskThenBreached() {
        String reference = fixtures.opened(CaseStatus.IN_TRIAGE, SUBMITTED, DUE);

        watch.runOnce(EIGHTY_PERCENT_USED.minusSeconds(1));
        assertThat(slaState(reference)).isEqualTo(SlaState.ON_TRACK);

        watch.runOnce(EIGHTY_PERCENT_USED);
        assertThat(slaState(reference)).isEqualTo(SlaState.AT_RISK);

        watch.runOnce(PAST_DUE);
        assertThat(slaState(reference)).isEqualTo(SlaState.BREACHED);
        assertThat(flags(reference)).containsExactly(TimelineKind.AT_RISK, TimelineKind.BREACHED);
        assertThat(notifications.about(reference)).containsExactly(new CaseAtRisk(reference, fixtures.queue, DUE),
                new CaseBreached(reference, fixtures.queue, DUE));
    }

    @Test
    void aCaseWithAnOutcomeIsNeverFlagged() {
        String resolved = fixtures.opened(CaseStatus.RESOLVED, SUBMITTED, DUE);
        String closed = fixtures.opened(CaseStatus.CLOSED, SUBMITTED, DUE);

        watch.runOnce(PAST_DUE);

        for (String reference : List.of(resolved, closed)) {
            assertThat(slaState(reference)).isEqualTo(SlaState.ON_TRACK);
            assertThat(flags(reference)).isEmpty();
            assertThat(notifications.about(reference)).isEmpty();
        }
    }

    @Test
    void aCaseTheResidentReopenedIsWatchedAgainAgainstItsDueDate() {
        Somebody resident = Somebody.named("Gwen");
        signIn(resident.asResident());
        String reference = fixtures.insert(List.of(CaseFixtures.NewCase.in(fixtures.queue)
                .resident(residents.current().id().toString()).status(CaseStatus.IN_PROGRESS)
                .submitted(SUBMITTED).due(DUE))).getFirst();
        finish(reference);

        signIn(resident.asResident());
        residentCases.answer(reference, false, "The bin was left on the pavement again.");

        assertFlaggedAtRiskThenBreached(reference);
    }

    @Test
    void aCaseAnOfficerReopenedIsWatchedAgainAgainstItsDueDate() {
        String reference = fixtures.opened(CaseStatus.IN_PROGRESS, SUBMITTED, DUE);
        CaseDetails finished = finish(reference);

        work.changeStatus(reference, finished.version(), CaseStatus.IN_PROGRESS, "Not fixed after all");

        assertFlaggedAtRiskThenBreached(reference);
    }

    @Test
    void twoNodesRunningTheWatchAtTheSameMomentFlagTheCaseOnce() throws Exception {
        String reference = fixtures.opened(CaseStatus.SUBMITTED, SUBMITTED, DUE);
        CountDownLatch start = new CountDownLatch(1);

        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> runs = List.of(nodes.submit(() -> runAfter(start)),
                    nodes.submit(() -> runAfter(start)));
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        }

        assertThat(slaState(reference)).isEqualTo(SlaState.BREACHED);
        assertThat(flags(reference)).containsExactly(TimelineKind.BREACHED);
        assertThat(notifications.about(reference)).hasSize(1);
    }

    @Test
    void whileAnotherNodeHoldsTheLockARunDoesNothing() throws Exception {
        String reference = fixtures.opened(CaseStatus.IN_PROGRESS, SUBMITTED, DUE);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        int flaggedWhileLocked;
        SlaState whileLocked;
        try (ExecutorService otherNode = Executors.newSingleThreadExecutor()) {
            Future<Boolean> holding = otherNode.submit(() -> transactions.execute(status -> {
                boolean taken = lock.tryTake(SlaWatch.JOB);
                locked.countDown();
                await(release);
                return taken;
            }));
            locked.await();
            try {
                flaggedWhileLocked = watch.runOnce(PAST_DUE);
                whileLocked = slaState(reference);
            } finally {
                release.countDown();
            }
            assertThat(holding.get()).as("the other node had the lock").isTrue();
        }
        assertThat(flaggedWhileLocked).isZero();
        assertThat(whileLocked).isEqualTo(SlaState.ON_TRACK);

        watch.runOnce(PAST_DUE);
        assertThat(slaState(reference)).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void aCaseAnotherRunHasFlaggedIsNotFlaggedAgain() {
        String reference = fixtures.opened(CaseStatus.IN_PROGRESS, SUBMITTED, DUE);
        String id = cases.findByReference(reference).orElseThrow().id();
        WatchedCase asRead = new WatchedCase(id, reference, fixtures.queue, SUBMITTED, DUE, null, SlaState.ON_TRACK);

        boolean first = transactions.execute(status -> watchedCases.flag(asRead, SlaState.BREACHED, PAST_DUE));
        boolean second = transactions.execute(status -> watchedCases.flag(asRead, SlaState.BREACHED, PAST_DUE));

        assertThat(first).isTrue();
        assertThat(second).as("even without the lock").isFalse();
    }

    @Test
    void breachedCasesNeedTheirTeamsSupervisorsAttention() {
        String breached = fixtures.opened(CaseStatus.IN_PROGRESS, SUBMITTED, DUE);
        String atRisk = fixtures.opened(CaseStatus.IN_PROGRESS, SUBMITTED, PAST_DUE.plusSeconds(3600));
        watch.runOnce(PAST_DUE);
        signIn(People.signedIn("Sian Supervisor " + fixtures.queue, null, Role.CASEWORKER, Role.SUPERVISOR));
        fixtures.supervisor(currentUser.get().orElseThrow().id());

        assertThat(attention.breachedInMyTeams()).extracting(CaseSummary::reference).containsExactly(breached)
                .doesNotContain(atRisk);

        signIn(People.signedIn("Sam Supervisor Elsewhere " + fixtures.queue, null, Role.CASEWORKER, Role.SUPERVISOR));
        fixtures.member(currentUser.get().orElseThrow().id());
        assertThat(attention.breachedInMyTeams()).as("a member who does not supervise the team").isEmpty();
    }

    @Test
    void onlySupervisorsAskForTheirAttention() {
        signIn(People.signedIn("Cai Caseworker", null, Role.CASEWORKER));

        assertThatThrownBy(() -> attention.breachedInMyTeams()).isInstanceOf(AccessDeniedException.class);
    }

    /** Ended with an outcome by an officer of the queue's team, who stays signed in. */
    private CaseDetails finish(String reference) {
        signIn(People.signedIn("Owain Officer " + reference, null, Role.CASEWORKER));
        fixtures.member(currentUser.get().orElseThrow().id());
        return work.end(reference, work.open(reference).version(), Outcome.FIXED, "We emptied the bin.");
    }

    private void assertFlaggedAtRiskThenBreached(String reference) {
        watch.runOnce(EIGHTY_PERCENT_USED);
        assertThat(slaState(reference)).isEqualTo(SlaState.AT_RISK);

        watch.runOnce(PAST_DUE);
        assertThat(slaState(reference)).isEqualTo(SlaState.BREACHED);
        assertThat(notifications.about(reference)).containsExactly(new CaseAtRisk(reference, fixtures.queue, DUE),
                new CaseBreached(reference, fixtures.queue, DUE));
    }

    private int runAfter(CountDownLatch start) throws InterruptedException {
        start.await();
        return watch.runOnce(PAST_DUE);
    }

    private SlaState slaState(String reference) {
        return cases.findByReference(reference).orElseThrow().slaState();
    }

    private List<TimelineKind> flags(String reference) {
        return timeline.findByCaseIdOrderByHappenedAt(cases.findByReference(reference).orElseThrow().id()).stream()
                .map(TimelineEntry::kind).filter(kind -> kind == TimelineKind.AT_RISK || kind == TimelineKind.BREACHED)
                .toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/London")).toInstant();
    }

    /** Notifications as a later issue will listen: after the flag commits. */
    @TestConfiguration
    static class Notifications {

        private final List<Object> heard = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(CaseAtRisk atRisk) {
            heard.add(atRisk);
        }

        @TransactionalEventListener
        void on(CaseBreached breached) {
            heard.add(breached);
        }

        List<Object> about(String reference) {
            return heard.stream().filter(event -> switch (event) {
                case CaseAtRisk atRisk -> atRisk.reference().equals(reference);
                case CaseBreached breached -> breached.reference().equals(reference);
                default -> false;
            }).toList();
        }
    }
}
