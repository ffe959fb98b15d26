package org.porth.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.casework.internal.CaseFixtures;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.shared.ActionRefused;
import org.porth.shared.BusinessCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Moving cases between queues and officers, and linking a duplicate to the case it repeats. */
@SpringBootTest
class CaseCoordinationTest {

    @Autowired
    private CaseCoordination coordination;
    @Autowired
    private CaseWork work;
    @Autowired
    private Cases cases;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private BusinessCalendar calendar;
    @Autowired
    private JdbcTemplate jdbc;

    private CaseFixtures fixtures;
    private String reference;
    private String officerId;
    private Authentication supervisor;

    @BeforeEach
    void aCaseInTheQueueOfATeamWithAnOfficerAndASupervisor() {
        fixtures = new CaseFixtures(jdbc);
        reference = fixtures.waitingFor(UUID.randomUUID().toString(), calendar.addWorkingDays(Instant.now(), 5));
        officerId = join(People.signedIn("Officer " + fixtures.queue, null, Role.CASEWORKER));
        supervisor = People.signedIn("Supervisor " + fixtures.queue, null, Role.CASEWORKER, Role.SUPERVISOR);
        join(supervisor);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aReroutedCaseLeavesItsOfficerAndGoesToTheOtherTeamWithTheReason() {
        signIn(supervisor);
        CaseDetails assigned = coordination.assign(reference, work.open(reference).version(), officerId);
        assertThat(assigned.summary().assignedTo()).isEqualTo(officerId);

        CaseDetails moved = coordination.reroute(reference, assigned.version(), "street-lighting", "A light, not a road");

        assertThat(moved.summary().queueId()).isEqualTo("street-lighting");
        assertThat(moved.summary().assignedTo()).isNull();
        assertThat(moved.timeline()).filteredOn(item -> item.kind() == TimelineKind.REROUTED).singleElement()
                .satisfies(item -> {
                    assertThat(item.subject()).isEqualTo("street-lighting");
                    assertThat(item.detail()).isEqualTo("A light, not a road");
                    assertThat(item.visibleToResident()).isFalse();
                });
        assertThatThrownBy(() -> work.open(reference)).as("no longer this team's")
                .isInstanceOf(NoSuchCaseException.class);
    }

    @Test
    void reroutingNeedsAQueueThatExistsAndAReason() {
        signIn(supervisor);
        long version = work.open(reference).version();

        assertThatThrownBy(() -> coordination.reroute(reference, version, "nowhere", "Because"))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> assertThat(refused.field()).isEqualTo("queue"));
        assertThatThrownBy(() -> coordination.reroute(reference, version, "street-lighting", " "))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> assertThat(refused.field()).isEqualTo("reroute-reason"));
    }

    @Test
    void onlyASupervisorAssignsAndOnlyToTheTeamThatWorksTheQueue() {
        signIn(supervisor);
        long version = work.open(reference).version();
        assertThatThrownBy(() -> coordination.assign(reference, version, "staff:someone-elsewhere"))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> assertThat(refused.field()).isEqualTo("officer"));
        assertThat(coordination.officersFor(reference)).contains(officerId);

        signIn(People.signedIn("Officer " + fixtures.queue, null, Role.CASEWORKER));
        assertThatThrownBy(() -> coordination.assign(reference, version, officerId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDuplicateIsLinkedToTheCaseItRepeatsAndClosed() {
        String original = fixtures.waitingFor(UUID.randomUUID().toString(), calendar.addWorkingDays(Instant.now(), 5));
        signIn(supervisor);
        long version = work.open(reference).version();
        assertThatThrownBy(() -> coordination.markDuplicate(reference, version, reference))
                .as("not of itself").isInstanceOf(ActionRefused.class);
        assertThatThrownBy(() -> coordination.markDuplicate(reference, version, "PTH-0000-0000"))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> assertThat(refused.field()).isEqualTo("original"));

        CaseDetails duplicate = coordination.markDuplicate(reference, version, original);

        assertThat(duplicate.summary().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(duplicate.outcome()).isEqualTo(Outcome.DUPLICATE_OF_ANOTHER);
        assertThat(duplicate.timeline()).filteredOn(item -> item.kind() == TimelineKind.DUPLICATE_OF)
                .singleElement().satisfies(item -> assertThat(item.subject()).isEqualTo(original));
        assertThat(work.open(original).timeline()).filteredOn(item -> item.kind() == TimelineKind.DUPLICATE_LINKED)
                .singleElement().satisfies(item -> assertThat(item.subject()).isEqualTo(reference));
        assertThat(cases.takeNext()).as("the original is still there to take").get()
                .extracting(CaseSummary::reference).isEqualTo(original);
    }

    private String join(Authentication person) {
        signIn(person);
        String id = currentUser.get().orElseThrow().id();
        fixtures.member(id);
        return id;
    }
}
