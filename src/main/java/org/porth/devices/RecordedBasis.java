package org.porth.devices;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A lawful basis an officer recorded for a personal device's signals to open cases without the
 * resident's consent (decision 0051), with their justification, for supervisors to check; it lapses
 * after its review date and may be signed off by another supervisor or withdrawn (decision 0064).
 *
 * @param reviewBy    the last day it opens cases; after it, as if none were recorded
 * @param signedOffBy the supervisor who checked it, or null while nobody has
 * @param withdrawnBy who withdrew it, or null while it stands
 */
public record RecordedBasis(Basis basis, String justification, String recordedBy, Instant recordedAt, LocalDate reviewBy,
        String signedOffBy, Instant signedOffAt, String withdrawnBy, Instant withdrawnAt) {

    /** Whether signals may open cases on it on this day: not withdrawn, and its review date not passed. */
    public boolean inForce(LocalDate today) {
        return withdrawnAt == null && !today.isAfter(reviewBy);
    }

    /** The UK GDPR conditions staff may rely on without consent (articles 6 and 9), each justified in writing. */
    public enum Basis {
        /** Protecting the resident from abuse or neglect (Care Act 2014, section 42). */
        SAFEGUARDING,
        /** Protecting the resident's life, when they cannot give consent. */
        VITAL_INTERESTS,
        /** The council's social care duties (Care Act 2014 assessments and reviews). */
        PUBLIC_TASK
    }
}
