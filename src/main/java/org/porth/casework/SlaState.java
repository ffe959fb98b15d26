package org.porth.casework;

/** How a case stands against its service level: on track, at risk (80% of the time used), or breached. */
public enum SlaState {
    ON_TRACK,
    AT_RISK,
    BREACHED
}
