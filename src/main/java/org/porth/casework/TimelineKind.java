package org.porth.casework;

/** What a timeline entry records. */
public enum TimelineKind {
    SUBMITTED,
    ROUTED,
    ASSIGNED,
    STATUS_CHANGED,
    /** The service-level watch found 80% of the case's time used. */
    AT_RISK,
    /** The service-level watch found the case past due. */
    BREACHED
}
