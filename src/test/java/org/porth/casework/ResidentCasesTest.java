package org.porth.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.porth.resident.Somebody.signIn;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.attachments.Attachments;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.TestFiles;
import org.porth.attachments.UploadResult;
import org.porth.attachments.UploadSlot;
import org.porth.browserless.People;
import org.porth.casework.internal.CaseFixtures;
import org.porth.catalogue.UploadLimits;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.ActionRefused;
import org.porth.shared.BusinessCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The resident's side of a case: only their own; a public timeline without notes, routing or names;
 * a message that answers the council's question starts the clock again; withdrawing; and "did this
 * solve your problem?", whose "no" reopens the case within the window and is only kept after it.
 */
@SpringBootTest
@RecordApplicationEvents
class ResidentCasesTest {

    @Autowired
    private ResidentCases cases;
    @Autowired
    private CaseWork work;
    @Autowired
    private Attachments attachments;
    @Autowired
    private ResidentProfiles residents;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private BusinessCalendar calendar;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ApplicationEvents events;

    private Authentication officer;
    private Somebody resident;
    private String residentId;
    private String reference;

    @BeforeEach
    void aCaseOfAResidentsInTheOfficersQueue() {
        CaseFixtures fixtures = new CaseFixtures(jdbc);
        resident = Somebody.named("Catrin");
        signIn(resident.asResident());
        residentId = residents.current().id().toString();
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
    void anotherResidentGetsExactlyWhatAReferenceThatDoesNotExistGets() {
        signIn(Somebody.named("Dafydd").asResident());

        for (String asked : List.of(reference, "PTH-0000-0000")) {
            assertThatThrownBy(() -> cases.open(asked)).isInstanceOf(NoSuchCaseException.class)
                    .hasMessage("No case " + asked + " that you may see");
            assertThatThrownBy(() -> cases.write(asked, "Hello", List.of())).isInstanceOf(NoSuchCaseException.class);
            assertThatThrownBy(() -> cases.withdraw(asked, "Not mine")).isInstanceOf(NoSuchCaseException.class);
            assertThatThrownBy(() -> cases.answer(asked, false, "No")).isInstanceOf(NoSuchCaseException.class);
        }
        assertThat(cases.mine()).isEmpty();
    }

    @Test
    void theResidentSeesStatusChangesAndMessagesButNoNotesReasonsRoutingOrOfficersNames() {
        CaseDetails opened = work.open(reference);
        work.changeStatus(reference, opened.version(), CaseStatus.IN_TRIAGE, "Looks like the contractor's");
        work.addNote(reference, "Resident has called three times");
        work.messageResident(reference, "We will visit on Tuesday.");

        signIn(resident.asResident());
        ResidentCase seen = cases.open(reference);

        assertThat(seen.timeline()).extracting(TimelineItem::kind)
                .containsExactly(TimelineKind.STATUS_CHANGED, TimelineKind.COUNCIL_MESSAGE);
        assertThat(seen.timeline()).extracting(TimelineItem::actor).containsOnlyNulls();
        assertThat(seen.timeline()).extracting(TimelineItem::detail).containsExactly(null, "We will visit on Tuesday.");
        assertThat(cases.mine()).extracting(ResidentCaseSummary::reference, ResidentCaseSummary::status)
                .containsExactly(tuple(reference, CaseStatus.IN_TRIAGE));
        assertThat(events.stream(CouncilMessageSent.class)).singleElement()
                .satisfies(sent -> assertThat(sent.caseReference()).isEqualTo(reference))
                .satisfies(sent -> assertThat(sent.residentId()).isEqualTo(residentId));
    }

    @Test
    void aMessageWithAPhotoAnswersTheCouncilsQuestionAndTheClockRunsAgain() {
        CaseDetails waiting = work.requestInformation(reference, inProgress().version(), "Which side of the road?");
        Instant dueBefore = waiting.summary().dueAt();

        signIn(resident.asResident());
        ResidentCaseSummary asked = cases.open(reference).summary();
        assertThat(asked.waitingForResident()).isTrue();
        StoredFile photo = upload("photo.jpg");
        ResidentCase replied = cases.write(reference, "Outside number 7.", List.of(photo.id()));

        assertThat(replied.summary().status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(replied.summary().dueAt()).isAfterOrEqualTo(dueBefore);
        assertThat(replied.timeline()).filteredOn(item -> item.kind() == TimelineKind.RESIDENT_REPLIED).singleElement()
                .satisfies(item -> assertThat(item.files()).containsExactly(new MessageFile(photo.id(), photo.name())));
        assertThat(replied.timeline()).extracting(TimelineItem::kind).contains(TimelineKind.CLOCK_RESUMED);

        signIn(officer);
        assertThat(work.open(reference).timeline()).filteredOn(item -> item.kind() == TimelineKind.RESIDENT_REPLIED)
                .singleElement().satisfies(item -> {
                    assertThat(item.detail()).isEqualTo("Outside number 7.");
                    assertThat(item.files()).extracting(MessageFile::name).containsExactly(photo.name());
                });
    }

    @Test
    void aMessageWhenTheCouncilHasNotAskedIsKeptWithoutTouchingTheClock() {
        signIn(resident.asResident());
        Instant due = cases.open(reference).summary().dueAt();

        ResidentCase written = cases.write(reference, "The bin is still there.", List.of());

        assertThat(written.summary().status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(written.summary().dueAt()).isEqualTo(due);
        assertThat(written.timeline()).filteredOn(item -> item.kind() == TimelineKind.RESIDENT_MESSAGE)
                .extracting(TimelineItem::detail).containsExactly("The bin is still there.");
    }

    @Test
    void aNullCharacterInAMessageIsDroppedInsteadOfFailingTheMessage() {
        signIn(resident.asResident());

        cases.write(reference, "The bin\u0000 is still\u0000 there.", List.of());

        assertThat(cases.open(reference).timeline()).filteredOn(item -> item.kind() == TimelineKind.RESIDENT_MESSAGE)
                .extracting(TimelineItem::detail).containsExactly("The bin is still there.");
    }

    @Test
    void anEmptyMessageOrSomeoneElsesFileIsRefusedAndNothingIsKept() {
        signIn(Somebody.named("Dafydd").asResident());
        StoredFile theirs = upload("photo.png");

        signIn(resident.asResident());
        assertThatThrownBy(() -> cases.write(reference, "  ", List.of()))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("message");
                    assertThat(refused.messageKey()).isEqualTo("case.message.required");
                });
        assertThatThrownBy(() -> cases.write(reference, "Here", List.of(theirs.id())))
                .isInstanceOfSatisfying(ActionRefused.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("case.message.no-such-file"));
        assertThat(cases.open(reference).timeline()).extracting(TimelineItem::kind)
                .doesNotContain(TimelineKind.RESIDENT_MESSAGE);
    }

    @Test
    void theResidentWithdrawsARequestWithAReasonAndCanThenNeitherWriteNorWithdrawAgain() {
        signIn(resident.asResident());
        assertThatThrownBy(() -> cases.withdraw(reference, ""))
                .isInstanceOfSatisfying(ActionRefused.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("case.withdraw-reason.required"));

        ResidentCase withdrawn = cases.withdraw(reference, "The neighbour moved the bin.");

        assertThat(withdrawn.summary().status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(withdrawn.outcome()).isEqualTo(Outcome.WITHDRAWN_BY_RESIDENT);
        assertThat(withdrawn.outcomeSummary()).isEqualTo("The neighbour moved the bin.");
        assertThat(withdrawn.asksForFeedback()).isFalse();
        assertThatThrownBy(() -> cases.write(reference, "Actually", List.of())).isInstanceOf(ActionRefused.class);
        assertThatThrownBy(() -> cases.withdraw(reference, "Again")).isInstanceOf(ActionRefused.class);
        signIn(officer);
        assertThat(work.open(reference).nextStatus()).containsExactly(CaseStatus.CLOSED);
    }

    @Test
    void aNoWithinTheReopenWindowSendsTheCaseBackToItsQueueAndIsKept() {
        finish();
        signIn(resident.asResident());
        assertThatThrownBy(() -> cases.answer(reference, false, " "))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> assertThat(refused.field()).isEqualTo("comment"));

        ResidentCase reopened = cases.answer(reference, false, "The bin was left on the pavement again.");

        assertThat(reopened.summary().status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(reopened.timeline()).extracting(TimelineItem::kind).endsWith(TimelineKind.FEEDBACK,
                TimelineKind.REOPENED, TimelineKind.STATUS_CHANGED);
        assertThat(jdbc.queryForMap("select queue_id, assigned_to from service_case where reference = ?", reference))
                .containsEntry("assigned_to", null).containsKey("queue_id");
        assertThat(feedbackRows()).containsExactly(Map.of("solved", false, "reopened", true,
                "comment", "The bin was left on the pavement again.", "outcome", "FIXED"));
    }

    @Test
    void aNoAfterTheReopenWindowIsKeptButTheCaseStaysFinished() {
        finish();
        jdbc.update("update service_case set outcome_at = ? where reference = ?",
                Timestamp.from(Instant.now().minus(29, ChronoUnit.DAYS)), reference);
        signIn(resident.asResident());

        ResidentCase answered = cases.answer(reference, false, "Still there.");

        assertThat(answered.summary().status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(answered.solved()).isFalse();
        assertThat(feedbackRows()).singleElement().satisfies(row -> assertThat(row).containsEntry("reopened", false));
    }

    @Test
    void aYesIsKeptOnceForEachOutcome() {
        finish();
        signIn(resident.asResident());

        assertThat(cases.answer(reference, true, null).solved()).isTrue();
        assertThatThrownBy(() -> cases.answer(reference, false, "Changed my mind"))
                .isInstanceOfSatisfying(ActionRefused.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("case.feedback.not-asked"));
        assertThat(cases.open(reference).summary().status()).isEqualTo(CaseStatus.RESOLVED);
    }

    private List<Map<String, Object>> feedbackRows() {
        return jdbc.queryForList("""
                select f.solved, f.reopened, f.comment, f.outcome from case_feedback f
                join service_case c on c.id = f.case_id where c.reference = ?""", reference);
    }

    private void finish() {
        work.end(reference, inProgress().version(), Outcome.FIXED, "We emptied the bin.");
    }

    private StoredFile upload(String fixture) {
        UploadResult result = attachments.upload(new UploadSlot.Message(reference), fixture, TestFiles.bytes(fixture),
                UploadLimits.DEFAULT);
        return ((UploadResult.Stored) result).file();
    }

    private CaseDetails inProgress() {
        CaseDetails opened = work.open(reference);
        CaseDetails triaged = work.changeStatus(reference, opened.version(), CaseStatus.IN_TRIAGE, null);
        return work.changeStatus(reference, triaged.version(), CaseStatus.IN_PROGRESS, null);
    }
}
