package org.porth.casework;

/** What a queue's cases can be listed by; every order ends with a unique key, so pages never overlap. */
public enum CaseOrder {
    /** The most urgent first, then the soonest due: the order Take next works in. */
    URGENCY,
    /** The soonest due first. */
    DUE,
    /** The oldest first. */
    SUBMITTED,
    REFERENCE
}
