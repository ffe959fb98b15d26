package org.porth.devices;

import java.time.Instant;

/**
 * A lawful basis an officer recorded for a personal device's signals to open cases without the
 * resident's consent (decision 0051), with their justification, for supervisors to check.
 */
public record RecordedBasis(Basis basis, String justification, String recordedBy, Instant recordedAt) {

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
