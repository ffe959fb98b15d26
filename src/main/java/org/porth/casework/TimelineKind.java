package org.porth.casework;

/** What a timeline entry records. */
public enum TimelineKind {
    SUBMITTED,
    ROUTED,
    ASSIGNED,
    STATUS_CHANGED
}
