package org.porth.casework;

/** What a timeline entry records. */
public enum TimelineKind {
    SUBMITTED,
    ROUTED,
    ASSIGNED,
    STATUS_CHANGED,
    NOTE,
    INFORMATION_REQUESTED,
    RESIDENT_REPLIED,
    CLOCK_PAUSED,
    CLOCK_RESUMED,
    OUTCOME,
    REROUTED,
    DUPLICATE_OF,
    DUPLICATE_LINKED,
    /** The service-level watch found 80% of the case's time used. */
    AT_RISK,
    /** The service-level watch found the case past due. */
    BREACHED,
    /** An officer wrote to the resident; the resident sees it. */
    COUNCIL_MESSAGE,
    /** The resident wrote about their request, perhaps with files, when the council had not asked. */
    RESIDENT_MESSAGE,
    /** The resident said whether the outcome solved their problem (subject SOLVED or NOT_SOLVED). */
    FEEDBACK,
    /** The resident said the outcome did not solve their problem: the case is back in its queue. */
    REOPENED,
    /** Referred to a partner organisation (subject: its name); the resident sees it when they were told. */
    REFERRED,
    /** The partner accepted the referral (subject: its name). */
    REFERRAL_ACCEPTED,
    /** The partner declined the referral (subject: its name). */
    REFERRAL_DECLINED,
    /** The partner wrote about the referral (subject: its name; detail: its words): staff only. */
    REFERRAL_UPDATED,
    /** The partner closed the referral: its part is done (subject: its name). */
    REFERRAL_CLOSED,
    /** Staff recorded a contact from the resident (subject: its {@link ContactReason}; detail: their words): staff only. */
    CONTACT;

    /** The entries another module (integration's referrals) may add through {@link CaseSteps}. */
    public boolean partnerStep() {
        return name().startsWith("REFERR");
    }
}
