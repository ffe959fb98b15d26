package org.porth.casework;

import java.time.Instant;

/**
 * One thing that happened to a demo case (decision 0066), at the time the demo's plan gives.
 *
 * @param outcome for {@link Kind#ENDED}: how it ended
 * @param reason  for {@link Kind#CONTACT}: why the resident called, as staff recorded it
 */
public record DemoStep(Instant at, Kind kind, Outcome outcome, ContactReason reason) {

    public enum Kind {
        /** An officer took it and is working it. */
        TAKEN,
        /** The resident wrote to ask what is happening. */
        CHASED,
        /** Staff recorded a call or visit about it with the resident's reason. */
        CONTACT,
        /** The resident withdrew it. */
        WITHDRAWN,
        /** An officer ended it with an outcome. */
        ENDED,
        /** The resident said the outcome did not solve their problem. */
        REOPENED
    }

    public static DemoStep of(Instant at, Kind kind) {
        return new DemoStep(at, kind, null, null);
    }
}
