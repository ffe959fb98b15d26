package org.porth.insight;

/** The figures the dashboard shows, each of which can be drilled down to the cases behind it. */
public enum Figure {
    /** Requests and contacts in the period ({@link Drill#state()} FAILURE: failure demand only). */
    DEMAND,
    /** Open cases of a queue ({@link Drill#key()}) in an age band ({@link Drill#state()}). */
    BACKLOG,
    /** Open cases of a service ({@link Drill#key()}) in a service-level state ({@link Drill#state()}). */
    SERVICE_LEVEL,
    /** Cases of a service ({@link Drill#key()}) that got an outcome ({@link Drill#state()}) in the period. */
    OUTCOME,
    /** Requests of a service ({@link Drill#key()}) whose resident answered the satisfaction question in the period ({@link Drill#state()} SATISFIED: satisfied only). */
    SATISFACTION
}
