package org.porth.casework;

import java.time.Instant;
import java.util.List;

import org.porth.forms.Answers;

/**
 * One of the resident's cases as they see it: their answers, the public timeline (no internal notes,
 * routing or officers' names), and the outcome with what they may do about it.
 *
 * @param reopenUntil until when a "did not solve my problem" reopens the case; null before an outcome
 * @param solved      the resident's answer about the latest outcome; null if they have not given one
 */
public record ResidentCase(ResidentCaseSummary summary, Answers answers, Outcome outcome, String outcomeSummary,
        Instant reopenUntil, Boolean solved, List<TimelineItem> timeline) {

    /** The resident may write, and withdraw the request: the council has not finished with it. */
    public boolean open() {
        return summary.status().isOpen();
    }

    /** The council finished with it in a way the resident can say solved their problem, or not. */
    public boolean asksForFeedback() {
        return outcome != null && outcome.officerMayChoose() && summary.status().isOutcome();
    }
}
