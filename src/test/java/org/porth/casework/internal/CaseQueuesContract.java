package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.porth.resident.Somebody.signIn;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.casework.CaseOrder;
import org.porth.casework.CaseQuery;
import org.porth.casework.CaseQueues;
import org.porth.casework.CaseSort;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseSummary;
import org.porth.casework.Priority;
import org.porth.casework.QueueCount;
import org.porth.casework.SlaState;
import org.porth.casework.internal.CaseFixtures.NewCase;
import org.porth.catalogue.Text;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.resident.Somebody;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The queue view's service: an officer's queues with their counts, and their cases a page at a time
 * by filters and sort; never another team's cases.
 */
@SpringBootTest
abstract class CaseQueuesContract {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @Autowired
    private CaseQueues queues;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private JdbcTemplate jdbc;

    private CaseFixtures ourTeam;
    private CaseFixtures otherTeam;
    private String secondQueue;

    @BeforeEach
    void twoTeams() {
        ourTeam = new CaseFixtures(jdbc);
        secondQueue = ourTeam.anotherQueue();
        otherTeam = new CaseFixtures(jdbc);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCaseworkerSeesTheCountsOfTheirTeamsQueuesOnly() {
        String me = officer("Cadi", Role.CASEWORKER);
        ourTeam.insert(List.of(NewCase.in(ourTeam.queue), NewCase.in(ourTeam.queue).assignedTo(me),
                NewCase.in(ourTeam.queue).sla(SlaState.AT_RISK), NewCase.in(ourTeam.queue).sla(SlaState.BREACHED),
                NewCase.in(ourTeam.queue).status(CaseStatus.CLOSED).sla(SlaState.BREACHED),
                NewCase.in(otherTeam.queue)));

        assertThat(queues.counts()).extracting(QueueCount::queueId, QueueCount::ownTeam, QueueCount::open,
                        QueueCount::unassigned, QueueCount::atRisk, QueueCount::breached)
                .as("open means not closed").containsExactlyInAnyOrder(
                        tuple(ourTeam.queue, true, 4L, 3L, 1L, 1L),
                        tuple(secondQueue, true, 0L, 0L, 0L, 0L));
        assertThat(queues.counts().getFirst().teamNameCy()).isEqualTo("Tîm prawf");
    }

    @Test
    void aSupervisorSeesTheCountsOfEveryQueueButListsOnlyTheirTeamsCases() {
        officer("Sion", Role.SUPERVISOR);
        otherTeam.insert(List.of(NewCase.in(otherTeam.queue), NewCase.in(otherTeam.queue)));

        assertThat(queues.counts()).filteredOn(count -> count.queueId().equals(otherTeam.queue)).singleElement()
                .satisfies(count -> {
                    assertThat(count.ownTeam()).isFalse();
                    assertThat(count.open()).isEqualTo(2);
                });
        assertThat(queues.counts()).extracting(QueueCount::queueId).contains(ourTeam.queue, "waste-collections");
        assertThatThrownBy(() -> queues.cases(CaseQuery.openIn(Set.of(otherTeam.queue)), CaseSort.DEFAULT, 0, 50))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCaseworkerNeverSeesAnotherTeamsCases() {
        officer("Dylan", Role.CASEWORKER);
        List<String> ours = ourTeam.insert(List.of(NewCase.in(ourTeam.queue), NewCase.in(secondQueue)));
        otherTeam.insert(List.of(NewCase.in(otherTeam.queue)));

        CaseQuery everything = CaseQuery.openIn(Set.of());
        assertThat(references(queues.cases(everything, CaseSort.DEFAULT, 0, 50))).containsExactlyInAnyOrderElementsOf(ours);
        assertThat(queues.count(everything)).isEqualTo(2);
        CaseQuery theirs = CaseQuery.openIn(Set.of(ourTeam.queue, otherTeam.queue));
        assertThatThrownBy(() -> queues.cases(theirs, CaseSort.DEFAULT, 0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queues.count(theirs)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOfficerInNoTeamHasNoQueues() {
        signIn(People.signedIn("Nobody In A Team", null, Role.CASEWORKER));

        assertThat(queues.counts()).isEmpty();
        assertThat(queues.cases(CaseQuery.openIn(Set.of()), CaseSort.DEFAULT, 0, 50)).isEmpty();
        assertThat(queues.count(CaseQuery.openIn(Set.of()))).isZero();
    }

    @Test
    void aResidentIsRefused() {
        signIn(Somebody.named("Rhys").asResident());

        assertThatThrownBy(() -> queues.counts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queues.cases(CaseQuery.openIn(Set.of()), CaseSort.DEFAULT, 0, 50))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queues.count(CaseQuery.openIn(Set.of()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theFiltersNarrowTheList() {
        String me = officer("Elin", Role.CASEWORKER);
        NewCase plain = NewCase.in(ourTeam.queue);
        NewCase closed = NewCase.in(ourTeam.queue).status(CaseStatus.CLOSED);
        NewCase inProgress = NewCase.in(secondQueue).status(CaseStatus.IN_PROGRESS).assignedTo(me);
        NewCase urgent = NewCase.in(ourTeam.queue).priority(Priority.URGENT).assignedTo("staff:someone-else");
        NewCase inCastell = NewCase.in(secondQueue).ward("Castell").sla(SlaState.BREACHED);
        NewCase flyTipping = NewCase.in(ourTeam.queue).service("report-fly-tipping")
                .about(new Text("Mattress – Lôn Goed", "Matres – Lôn Goed"));
        ourTeam.insert(List.of(plain, closed, inProgress, urgent, inCastell, flyTipping));
        CaseQuery open = CaseQuery.openIn(Set.of(ourTeam.queue, secondQueue));

        assertListed(open, plain, inProgress, urgent, inCastell, flyTipping);
        assertListed(open.withStatuses(Set.of(CaseStatus.CLOSED, CaseStatus.IN_PROGRESS)), closed, inProgress);
        assertListed(open.withPriorities(Set.of(Priority.URGENT, Priority.HIGH)), urgent);
        assertListed(open.inWard("Castell"), inCastell);
        assertListed(open.withSlaState(SlaState.BREACHED), inCastell);
        assertListed(open.assignedTo(CaseQuery.Assignee.ME), inProgress);
        assertListed(open.assignedTo(CaseQuery.Assignee.NOBODY), plain, inCastell, flyTipping);
        assertListed(open.matching(" " + plain.reference().substring(4).toLowerCase() + " "), plain);
        assertListed(open.matching("FLY-TIP"), flyTipping);
        assertListed(open.matching("100%_"));
        assertListed(open.matching("mattress"), flyTipping);
        assertListed(open.matching("MATRES"), flyTipping);
        assertListed(open.matching("lôn goed"), flyTipping);
        assertListed(CaseQuery.openIn(Set.of(secondQueue)), inProgress, inCastell);
    }

    /** Quotes, SQL, LIKE's wildcards and escape, a null character, emoji and 20,000 characters. */
    @Test
    void theSearchTakesWhatIsTypedAsTextNeverAsSqlOrAPattern() {
        officer("Elin", Role.CASEWORKER);
        NewCase odd = NewCase.in(ourTeam.queue).about(new Text("100% blocked_drain \\ O'Brien's yard", "Draen ar gau"));
        NewCase plain = NewCase.in(ourTeam.queue).about(new Text("Fallen tree", "Coeden wedi cwympo"));
        ourTeam.insert(List.of(odd, plain));
        CaseQuery open = CaseQuery.openIn(Set.of(ourTeam.queue));

        for (String literal : List.of("%", "_", "\\", "o'brien's", "100% b", "_drain \\ o'")) {
            assertListed(open.matching(literal), odd);
        }
        for (String hostile : List.of("' OR 1=1 --", "' OR '1'='1", "%%", "\\%", "%_%", "'; drop table service_case; --",
                "\u0000", "Tŷ 😀", "a".repeat(20_000))) {
            assertListed(open.matching(hostile));
        }
        assertListed(open, odd, plain);
    }

    @Test
    void theSearchFindsCasesByTheirServicesNameInEitherLanguage() {
        officer("Gethin", Role.CASEWORKER);
        NewCase repair = NewCase.in(ourTeam.queue).service("housing-repair");
        NewCase bin = NewCase.in(ourTeam.queue).service("missed-bin");
        ourTeam.insert(List.of(repair, bin));
        CaseQuery open = CaseQuery.openIn(Set.of(ourTeam.queue));

        assertListed(open.matching("Housing Repair"), repair);
        assertListed(open.matching("gasgliad bin"), bin);
        assertListed(open.matching("report a"), bin);
    }

    @Test
    void everyOrderSortsAcrossQueuesForwardsAndReversed() {
        officer("Ffion", Role.CASEWORKER);
        List<NewCase> made = variedCases(12);
        ourTeam.insert(made);
        CaseQuery both = CaseQuery.openIn(Set.of(ourTeam.queue, secondQueue));

        for (CaseOrder order : CaseOrder.values()) {
            Comparator<NewCase> forwards = switch (order) {
                case URGENCY -> Comparator.comparing((NewCase c) -> c.priority()).reversed()
                        .thenComparing(c -> c.due());
                case DUE -> Comparator.comparing((NewCase c) -> c.due());
                case SUBMITTED -> Comparator.comparing((NewCase c) -> c.submitted());
                case REFERENCE -> Comparator.comparing(NewCase::reference);
            };
            assertThat(references(queues.cases(both, new CaseSort(order, false), 0, 50))).as("%s", order)
                    .containsExactlyElementsOf(made.stream().sorted(forwards).map(NewCase::reference).toList());
            assertThat(references(queues.cases(both, new CaseSort(order, true), 0, 50))).as("%s reversed", order)
                    .containsExactlyElementsOf(made.stream().sorted(forwards.reversed()).map(NewCase::reference).toList());
        }
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() {
        officer("Gwen", Role.CASEWORKER);
        ourTeam.insert(variedCases(23));
        CaseQuery both = CaseQuery.openIn(Set.of(ourTeam.queue, secondQueue));
        List<String> all = references(queues.cases(both, CaseSort.DEFAULT, 0, 100));

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 30; offset += 5) {
            paged.addAll(references(queues.cases(both, CaseSort.DEFAULT, offset, 5)));
        }

        assertThat(queues.count(both)).isEqualTo(23);
        assertThat(all).hasSize(23);
        assertThat(paged).containsExactlyElementsOf(all);
        assertThat(queues.cases(both, CaseSort.DEFAULT, 20, 0)).isEmpty();
    }

    /** Cases in both of our queues, every one due and submitted at a different time, priorities mixed. */
    private List<NewCase> variedCases(int count) {
        List<NewCase> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(NewCase.in(i % 2 == 0 ? ourTeam.queue : secondQueue)
                    .priority(Priority.values()[i * 7 % 4])
                    .submitted(NOW.minus(Duration.ofHours(i * 5L % count)))
                    .due(NOW.plus(Duration.ofHours(i * 11L % count))));
        }
        return made;
    }

    private void assertListed(CaseQuery query, NewCase... expected) {
        List<String> references = List.of(expected).stream().map(NewCase::reference).toList();
        assertThat(references(queues.cases(query, CaseSort.DEFAULT, 0, 50))).as("%s", query)
                .containsExactlyInAnyOrderElementsOf(references);
        assertThat(queues.count(query)).as("count of %s", query).isEqualTo(references.size());
    }

    private static List<String> references(List<CaseSummary> cases) {
        return cases.stream().map(CaseSummary::reference).toList();
    }

    private String officer(String name, Role role) {
        signIn(People.signedIn(name + " " + ourTeam.queue, null, role));
        String id = currentUser.get().orElseThrow().id();
        ourTeam.member(id);
        return id;
    }
}
