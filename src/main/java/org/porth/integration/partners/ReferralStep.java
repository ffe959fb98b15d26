package org.porth.integration.partners;

import java.util.Set;

import org.porth.casework.TimelineKind;

/**
 * What a partner does with a referral through the API, the statuses it may do it from, where it
 * leaves the referral and the entry it makes on the case's timeline.
 */
public enum ReferralStep {
    ACCEPT(Set.of(ReferralStatus.SENT), ReferralStatus.ACCEPTED, TimelineKind.REFERRAL_ACCEPTED, true),
    DECLINE(Set.of(ReferralStatus.SENT), ReferralStatus.DECLINED, TimelineKind.REFERRAL_DECLINED, true),
    UPDATE(ReferralStatus.ANY_OPEN, null, TimelineKind.REFERRAL_UPDATED, false),
    CLOSE(ReferralStatus.ANY_OPEN, ReferralStatus.CLOSED, TimelineKind.REFERRAL_CLOSED, true);

    private final Set<ReferralStatus> from;
    private final ReferralStatus to;
    private final TimelineKind timeline;
    private final boolean residentSees;

    ReferralStep(Set<ReferralStatus> from, ReferralStatus to, TimelineKind timeline, boolean residentSees) {
        this.from = from;
        this.to = to;
        this.timeline = timeline;
        this.residentSees = residentSees;
    }

    public boolean allowedFrom(ReferralStatus status) {
        return from.contains(status);
    }

    /** The status after the step: an update leaves it where it was. */
    public ReferralStatus after(ReferralStatus status) {
        return to == null ? status : to;
    }

    public TimelineKind timeline() {
        return timeline;
    }

    /** Whether the resident sees the step on their request page (when they were told of the referral). */
    public boolean residentSees() {
        return residentSees;
    }
}
