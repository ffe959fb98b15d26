package org.porth.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.porth.resident.Somebody.signIn;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.casework.internal.CaseFixtures;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.ActionRefused;
import org.porth.shared.BusinessCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An officer works a case: moves it on, asks the resident (the clock stops until they reply), adds
 * internal notes and finishes it with an outcome; a change made on an old copy of the case is refused.
 */
@SpringBootTest
class CaseWorkTest {

    @Autowired
    private CaseWork work;
    @Autowired
    private CaseReplies replies;
    @Autowired
    private ResidentProfiles residents;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private BusinessCalendar calendar;
    @Autowired
    private JdbcTemplate jdbc;

    private CaseFixtures fixtures;
    private Authentication officer;
    private Somebody resident;
    private String reference;

    @BeforeEach
    void aCaseOfAResidentsInTheOfficersQueue() {
        fixtures = new CaseFixtures(jdbc);
        resident = Somebody.named("Catrin");
        signIn(resident.asResident());
        String residentId = residents.current().id().toString();
        reference = fixtures.waitingFor(residentId, calendar.addWorkingDays(Instant.now(), 10));
        officer = People.signedIn("Officer " + fixtures.queue, null, Role.CASEWORKER);
        signIn(officer);
        fixtures.member(currentUser.get().orElseThrow().id());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theOfficerMovesTheCaseOnAndTheResidentSeesTheNewStatus() {
        CaseDetails opened = work.open(reference);
        assertThat(opened.nextStatus()).contains(CaseStatus.IN_TRIAGE);

        CaseDetails triaged = work.changeStatus(reference, opened.version(), CaseStatus.IN_TRIAGE, "Looks like ours");
        CaseDetails working = work.changeStatus(reference, triaged.version(), CaseStatus.IN_PROGRESS, null);

        assertThat(working.summary().status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(working.timeline()).filteredOn(item -> item.kind() == TimelineKind.STATUS_CHANGED)
                .extracting(TimelineItem::subject, TimelineItem::detail, TimelineItem::visibleToResident)
                .containsExactly(tuple("IN_TRIAGE", "Looks like ours", true),
                        tuple("IN_PROGRESS", null, true));
    }

    @Test
    void aMoveTheStatusMachineDoesNotAllowIsRefusedAndChangesNothing() {
        CaseDetails opened = work.open(reference);

        assertThatThrownBy(() -> work.changeStatus(reference, opened.version(), CaseStatus.CLOSED, null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> work.changeStatus(reference, opened.version(), CaseStatus.RESOLVED, null))
                .isInstanceOfSatisfying(ActionRefused.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("case.status.use-action"));
        assertThat(work.open(reference).summary().status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(work.open(reference).version()).isEqualTo(opened.version());
    }

    @Test
    void aChangeMadeOnAnOldCopyOfTheCaseIsRefused() {
        CaseDetails seenByBoth = work.open(reference);
        work.changeStatus(reference, seenByBoth.version(), CaseStatus.IN_TRIAGE, null);

        assertThatThrownBy(() -> work.changeStatus(reference, seenByBoth.version(), CaseStatus.IN_PROGRESS, null))
                .isInstanceOf(CaseChangedException.class);
        assertThat(work.open(reference).summary().status()).as("the first change stands").isEqualTo(CaseStatus.IN_TRIAGE);
    }

    @Test
    void askingTheResidentStopsTheClockAndTheirReplyStartsItAgainWithTheDueDateMoved() {
        CaseDetails working = inProgress();
        Instant dueBefore = working.summary().dueAt();

        CaseDetails waiting = work.requestInformation(reference, working.version(), "Which side of the road is it on?");
        assertThat(waiting.summary().status()).isEqualTo(CaseStatus.AWAITING_RESIDENT);
        assertThat(waiting.pausedAt()).isNotNull();

        signIn(resident.asResident());
        Instant due = replies.reply(reference, "Outside number 7, the north side.");

        signIn(officer);
        CaseDetails resumed = work.open(reference);
        Instant resumedAt = resumed.timeline().stream().filter(item -> item.kind() == TimelineKind.CLOCK_RESUMED)
                .findFirst().orElseThrow().at();
        assertThat(resumed.summary().status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(resumed.pausedAt()).isNull();
        assertThat(due).isEqualTo(resumed.summary().dueAt())
                .isEqualTo(calendar.addWorkingTime(resumedAt, calendar.workingTimeBetween(waiting.pausedAt(), dueBefore)))
                .isAfterOrEqualTo(dueBefore);
        assertThat(resumed.timeline()).extracting(TimelineItem::kind).contains(TimelineKind.INFORMATION_REQUESTED,
                TimelineKind.CLOCK_PAUSED, TimelineKind.RESIDENT_REPLIED, TimelineKind.CLOCK_RESUMED);
        assertThat(resumed.timeline()).filteredOn(item -> item.kind() == TimelineKind.RESIDENT_REPLIED)
                .singleElement().satisfies(item -> assertThat(item.detail()).isEqualTo("Outside number 7, the north side."));
    }

    @Test
    void aCaseAtRiskIsOnTrackAgainWhenTheResidentRepliesAndItsDueDateMoves() {
        CaseDetails working = inProgress();
        work.requestInformation(reference, working.version(), "Which side of the road is it on?");
        jdbc.update("update service_case set sla_state = 'AT_RISK' where reference = ?", reference);

        signIn(resident.asResident());
        replies.reply(reference, "The north side.");

        signIn(officer);
        assertThat(work.open(reference).summary().slaState()).isEqualTo(SlaState.ON_TRACK);
    }

    @Test
    void aQuestionOrAReplyWithNothingInItIsRefused() {
        CaseDetails working = inProgress();

        assertThatThrownBy(() -> work.requestInformation(reference, working.version(), "  "))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("question");
                    assertThat(refused.messageKey()).isEqualTo("case.question.required");
                });
        signIn(resident.asResident());
        assertThatThrownBy(() -> replies.reply(reference, "Here you are"))
                .as("the council is not waiting for a reply").isInstanceOf(ActionRefused.class);
    }

    @Test
    void anotherResidentCannotReplyToTheCase() {
        CaseDetails working = inProgress();
        work.requestInformation(reference, working.version(), "Which side of the road?");

        signIn(Somebody.named("Dafydd").asResident());
        assertThatThrownBy(() -> replies.reply(reference, "Not mine")).isInstanceOf(NoSuchCaseException.class);
    }

    @Test
    void theCaseEndsWithAnOutcomeForTheResidentAndCanBeReopenedSoonAfter() {
        CaseDetails working = inProgress();

        assertThatThrownBy(() -> work.end(reference, working.version(), null, "Filled in"))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> assertThat(refused.field()).isEqualTo("outcome"));
        assertThatThrownBy(() -> work.end(reference, working.version(), Outcome.FIXED, ""))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> assertThat(refused.field()).isEqualTo("summary"));
        CaseDetails fixed = work.end(reference, working.version(), Outcome.FIXED, "We filled in the pothole on Tuesday.");

        assertThat(fixed.summary().status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(fixed.outcome()).isEqualTo(Outcome.FIXED);
        assertThat(fixed.outcomeSummary()).isEqualTo("We filled in the pothole on Tuesday.");
        assertThat(work.changeStatus(reference, fixed.version(), CaseStatus.IN_PROGRESS, "Still there").summary().status())
                .isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void aNoteIsNeverShownToTheResident() {
        CaseDetails noted = work.addNote(reference, "Crew says it is a utility company's trench.");

        assertThat(noted.timeline()).filteredOn(item -> item.kind() == TimelineKind.NOTE).singleElement()
                .satisfies(item -> assertThat(item.visibleToResident()).isFalse());
    }

    @Test
    void anOfficerOfAnotherTeamCannotSeeTheCaseAndAResidentCannotWorkIt() {
        signIn(People.signedIn("Officer elsewhere", null, Role.CASEWORKER));
        assertThatThrownBy(() -> work.open(reference)).isInstanceOf(NoSuchCaseException.class);

        signIn(resident.asResident());
        assertThatThrownBy(() -> work.open(reference)).isInstanceOf(AccessDeniedException.class);
    }

    private CaseDetails inProgress() {
        CaseDetails opened = work.open(reference);
        CaseDetails triaged = work.changeStatus(reference, opened.version(), CaseStatus.IN_TRIAGE, null);
        return work.changeStatus(reference, triaged.version(), CaseStatus.IN_PROGRESS, null);
    }
}
