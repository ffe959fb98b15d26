package org.porth.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.casework.CaseStatus.AWAITING_RESIDENT;
import static org.porth.casework.CaseStatus.CLOSED;
import static org.porth.casework.CaseStatus.DECLINED;
import static org.porth.casework.CaseStatus.DUPLICATE;
import static org.porth.casework.CaseStatus.IN_PROGRESS;
import static org.porth.casework.CaseStatus.IN_TRIAGE;
import static org.porth.casework.CaseStatus.REFERRED;
import static org.porth.casework.CaseStatus.RESOLVED;
import static org.porth.casework.CaseStatus.SUBMITTED;
import static org.porth.casework.CaseStatus.WITHDRAWN;

import org.junit.jupiter.api.Test;

/** The life of a case: worked, finished with an outcome, closed, and reopened. */
class CaseStatusTest {

    @Test
    void aCaseIsWorkedThenResolvedThenClosed() {
        assertThat(SUBMITTED.mayMoveTo(IN_TRIAGE)).isTrue();
        assertThat(IN_TRIAGE.mayMoveTo(IN_PROGRESS)).isTrue();
        assertThat(IN_PROGRESS.mayMoveTo(AWAITING_RESIDENT)).isTrue();
        assertThat(AWAITING_RESIDENT.mayMoveTo(IN_PROGRESS)).isTrue();
        assertThat(IN_PROGRESS.mayMoveTo(RESOLVED)).isTrue();
        assertThat(RESOLVED.mayMoveTo(CLOSED)).isTrue();
    }

    @Test
    void theResidentMayBeAskedAsSoonAsTheCaseIsTakenNotOnlyOnceItIsInProgress() {
        assertThat(SUBMITTED.mayMoveTo(AWAITING_RESIDENT)).isTrue();
        assertThat(IN_TRIAGE.mayMoveTo(AWAITING_RESIDENT)).isTrue();
        assertThat(AWAITING_RESIDENT.mayMoveTo(AWAITING_RESIDENT)).as("asked twice over").isFalse();
        assertThat(RESOLVED.mayMoveTo(AWAITING_RESIDENT)).as("a finished case").isFalse();
    }

    @Test
    void aCaseCannotSkipBeingWorkedOrLeaveTheResidentWaitingWithAnOutcome() {
        assertThat(SUBMITTED.mayMoveTo(RESOLVED)).as("resolved unseen").isFalse();
        assertThat(SUBMITTED.mayMoveTo(CLOSED)).isFalse();
        assertThat(AWAITING_RESIDENT.mayMoveTo(RESOLVED)).as("resolved while the resident is asked").isFalse();
        assertThat(CLOSED.mayMoveTo(RESOLVED)).isFalse();
        assertThat(IN_PROGRESS.mayMoveTo(SUBMITTED)).isFalse();
    }

    @Test
    void everyOutcomeClosesOrReopens() {
        for (CaseStatus outcome : new CaseStatus[] {RESOLVED, DECLINED, REFERRED, DUPLICATE}) {
            assertThat(outcome.isOutcome()).isTrue();
            assertThat(outcome.isOpen()).isFalse();
            assertThat(outcome.next()).containsExactlyInAnyOrder(CLOSED, IN_PROGRESS);
            assertThat(outcome.reopensTo(IN_PROGRESS)).isTrue();
        }
        assertThat(CLOSED.reopensTo(IN_PROGRESS)).isTrue();
        assertThat(AWAITING_RESIDENT.reopensTo(IN_PROGRESS)).as("a reply, not a reopening").isFalse();
    }

    @Test
    void theResidentMayWithdrawWhatIsStillBeingWorkedAndAWithdrawnCaseOnlyCloses() {
        for (CaseStatus open : new CaseStatus[] {SUBMITTED, IN_TRIAGE, IN_PROGRESS, AWAITING_RESIDENT}) {
            assertThat(open.mayMoveTo(WITHDRAWN)).as(open.name()).isTrue();
        }
        assertThat(RESOLVED.mayMoveTo(WITHDRAWN)).isFalse();
        assertThat(WITHDRAWN.isOutcome()).isTrue();
        assertThat(WITHDRAWN.next()).containsExactly(CLOSED);
        assertThat(WITHDRAWN.reopensTo(IN_PROGRESS)).as("not reopened: the resident asks again").isFalse();
    }

    @Test
    void theMessageForAnIllegalMoveSaysWhereTheCaseCanGo() {
        assertThat(new IllegalTransitionException("PTH-7K4M-2Q9D", AWAITING_RESIDENT, RESOLVED))
                .hasMessage("Case PTH-7K4M-2Q9D cannot move from AWAITING_RESIDENT to RESOLVED;"
                        + " from AWAITING_RESIDENT it can move to [IN_PROGRESS, WITHDRAWN]");
    }
}
