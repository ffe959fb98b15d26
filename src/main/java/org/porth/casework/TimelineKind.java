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
    BREACHED
}
