package org.porth.devices;

import java.time.Instant;

/**
 * One Awaab's Law step of a damp and mould case (decision 0041).
 *
 * @param doneAt null until the officer records it done
 * @param doneBy the officer who recorded it, or null
 */
public record AwaabStep(Kind step, Instant dueAt, Instant doneAt, String doneBy) {

    /** The steps of the Hazards in Social Housing (Prescribed Requirements) (England) Regulations 2025. */
    public enum Kind {
        /** Emergency hazard: made safe within 24 hours of becoming aware. */
        MAKE_SAFE,
        /** Investigate: within 24 hours (emergency) or 10 working days (significant) of becoming aware. */
        INVESTIGATE,
        /** The tenant's written summary: within 3 working days of the investigation. */
        WRITTEN_SUMMARY,
        /** Safety work on a significant hazard: within 5 working days of the investigation. */
        SAFETY_WORK,
        /** Further work started: within 12 weeks of the investigation. */
        FURTHER_WORK
    }

    public boolean overdue(Instant now) {
        return doneAt == null && dueAt.isBefore(now);
    }
}
