package org.porth.insight;

/** One unit of demand: a new request (value demand, or one of three kinds of failure), a chaser, a reopening or a contact staff heard. */
public enum DemandKind {
    REQUEST,
    /** A request an officer linked as a duplicate of another. */
    DUPLICATE,
    /** A second report of the same problem at the same place within the repeat window. */
    REPEAT,
    /** A request from a resident who withdrew one for the same service within the window. */
    ASKED_AGAIN,
    /** A resident's message chasing their request. */
    CHASER,
    /** A case reopened because the resident said the outcome did not solve their problem. */
    REOPEN,
    /** A call or visit staff recorded with a reason that is failure demand: chasing, not understood, wrong place, repeat. */
    CONTACT;

    public boolean isFailure() {
        return this != REQUEST;
    }
}
