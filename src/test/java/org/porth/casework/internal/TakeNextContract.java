package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.porth.resident.Somebody.signIn;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseSummary;
import org.porth.casework.Cases;
import org.porth.casework.Priority;
import org.porth.casework.TimelineKind;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.resident.Somebody;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Take next gives an officer the most urgent case waiting in their teams' queues and assigns it;
 * officers pressing it at the same moment never get the same case.
 */
@SpringBootTest
abstract class TakeNextContract {

    private static final int CASES = 1_000;
    private static final int OFFICERS = 20;

    @Autowired
    private Cases cases;
    @Autowired
    private ServiceCaseRepository repository;
    @Autowired
    private Timeline timeline;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private JdbcTemplate jdbc;

    private CaseFixtures fixtures;

    @BeforeEach
    void aQueueOfItsOwn() {
        fixtures = new CaseFixtures(jdbc);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theMostUrgentCaseComesFirstThenTheSoonestDue() {
        Instant soon = Instant.now().plus(Duration.ofDays(1));
        Instant later = soon.plus(Duration.ofDays(3));
        String normalLater = fixtures.waiting(1, Priority.NORMAL, later).getFirst();
        String urgentLater = fixtures.waiting(1, Priority.URGENT, later).getFirst();
        String normalSoon = fixtures.waiting(1, Priority.NORMAL, soon).getFirst();
        String officer = officer("Owain");

        List<String> taken = new ArrayList<>();
        for (Optional<CaseSummary> next = cases.takeNext(); next.isPresent(); next = cases.takeNext()) {
            assertThat(next.get().assignedTo()).isEqualTo(officer);
            assertThat(next.get().status()).as("taken for triage").isEqualTo(CaseStatus.IN_TRIAGE);
            taken.add(next.get().reference());
        }

        assertThat(taken).containsExactly(urgentLater, normalSoon, normalLater);
    }

    @Test
    void takingACaseNotesTheAssignmentAndANewCaseGoingIntoTriage() {
        Instant due = Instant.now().plus(Duration.ofDays(2));
        String submitted = fixtures.opened(CaseStatus.SUBMITTED, Instant.now(), due);
        String inTriage = fixtures.opened(CaseStatus.IN_TRIAGE, Instant.now(), due.plusSeconds(60));
        String officer = officer("Nia");

        assertThat(cases.takeNext().orElseThrow().reference()).isEqualTo(submitted);
        assertThat(cases.takeNext().orElseThrow()).extracting(CaseSummary::reference, CaseSummary::status,
                CaseSummary::assignedTo).containsExactly(inTriage, CaseStatus.IN_TRIAGE, officer);

        assertThat(timelineOf(submitted)).containsExactlyInAnyOrder(
                tuple(TimelineKind.ASSIGNED, false, officer, officer),
                tuple(TimelineKind.STATUS_CHANGED, true, officer, "IN_TRIAGE"));
        assertThat(timelineOf(inTriage)).as("already in triage: no change of status")
                .containsExactly(tuple(TimelineKind.ASSIGNED, false, officer, officer));
        ServiceCase taken = repository.findByReference(submitted).orElseThrow();
        assertThat(taken.version()).as("moved, so edits from the case as it was fail").isEqualTo(1);
        assertThat(taken.status()).isEqualTo(CaseStatus.IN_TRIAGE);
    }

    private List<Tuple> timelineOf(String reference) {
        return timeline.of(repository.findByReference(reference).orElseThrow()).stream()
                .map(item -> tuple(item.kind(), item.visibleToResident(), item.actor(), item.subject())).toList();
    }

    @Test
    void anOfficerInNoTeamGetsNothing() {
        fixtures.waiting(1, Priority.NORMAL, Instant.now());
        signIn(People.signedIn("Nobody In A Team", null, Role.CASEWORKER));

        assertThat(cases.takeNext()).isEmpty();
    }

    @Test
    void aResidentCannotTakeCases() {
        signIn(Somebody.named("Rhys").asResident());

        assertThatThrownBy(() -> cases.takeNext()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void twentyOfficersTakingAThousandCasesAtOnceEachGetDifferentCases() throws Exception {
        List<String> waiting = fixtures.waiting(CASES, Priority.NORMAL, Instant.now().plus(Duration.ofDays(2)));
        List<Authentication> officers = new ArrayList<>();
        for (int i = 0; i < OFFICERS; i++) {
            officers.add(People.signedIn("Officer " + i + " " + fixtures.queue, null, Role.CASEWORKER));
            signIn(officers.getLast());
            fixtures.member(currentUser.get().orElseThrow().id());
        }
        CountDownLatch start = new CountDownLatch(1);

        Map<String, String> takenBy = new HashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(OFFICERS)) {
            List<Future<Map<String, String>>> results = officers.stream()
                    .map(officer -> pool.submit(() -> takeUntilNoneLeft(officer, start))).toList();
            start.countDown();
            for (Future<Map<String, String>> result : results) {
                result.get().forEach((reference, officer) -> assertThat(takenBy.put(reference, officer))
                        .as("case %s taken twice", reference).isNull());
            }
        }

        assertThat(takenBy.keySet()).as("every case taken exactly once").containsExactlyInAnyOrderElementsOf(waiting);
        takenBy.forEach((reference, officer) ->
                assertThat(repository.findByReference(reference).orElseThrow().assignedTo()).isEqualTo(officer));
    }

    private Map<String, String> takeUntilNoneLeft(Authentication officer, CountDownLatch start) throws InterruptedException {
        signIn(officer);
        try {
            start.await();
            Map<String, String> taken = new HashMap<>();
            for (Optional<CaseSummary> next = cases.takeNext(); next.isPresent(); next = cases.takeNext()) {
                taken.put(next.get().reference(), next.get().assignedTo());
            }
            return taken;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String officer(String name) {
        signIn(People.signedIn(name + " " + fixtures.queue, null, Role.CASEWORKER));
        String id = currentUser.get().orElseThrow().id();
        fixtures.member(id);
        return id;
    }
}
