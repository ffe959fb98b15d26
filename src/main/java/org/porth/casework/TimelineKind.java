package org.porth.casework;

/** What a timeline entry records. */
public enum TimelineKind {
    SUBMITTED,
    ROUTED,
    ASSIGNED,
    STATUS_CHANGED,
    NOTE,
    INFORMATION_REQUESTED,
    RESIDENT_REPLIED,
    CLOCK_PAUSED,
    CLOCK_RESUMED,
    OUTCOME,
    REROUTED,
    DUPLICATE_OF,
    DUPLICATE_LINKED,
    /** The service-level watch found 80% of the case's time used. */
    AT_RISK,
    /** The service-level watch found the case past due. */
    BREACHED,
    /** An officer wrote to the resident; the resident sees it. */
    COUNCIL_MESSAGE,
    /** The resident wrote about their request, perhaps with files, when the council had not asked. */
    RESIDENT_MESSAGE,
    /** The resident said whether the outcome solved their problem (subject SOLVED or NOT_SOLVED). */
    FEEDBACK,
    /** The resident said the outcome did not solve their problem: the case is back in its queue. */
    REOPENED
}
