package org.porth.integration.partners;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.porth.casework.CaseSteps;
import org.porth.integration.partners.internal.PartnerAuditLog;
import org.porth.integration.partners.internal.PartnerStore;
import org.porth.integration.partners.internal.ReferralEvents;
import org.porth.integration.partners.internal.ReferralStore;
import org.porth.shared.ActionRefused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner working its referrals through the API with its own API client: it reaches only its own
 * (another partner's referral is answered exactly as one that does not exist), nothing once its
 * agreement has ended, and every read is in its audit log. Each step goes on the case's timeline.
 */
@Service
public class PartnerReferrals {

    public static final String AGREEMENT_ENDED = "referrals.agreement-ended";
    public static final String NOT_NOW = "referrals.step.not-now";
    public static final String NOTE_FIELD = "note";
    private static final int LIST_LIMIT = 100;

    private final PartnerStore partners;
    private final ReferralStore store;
    private final PartnerAuditLog audit;
    private final CaseSteps steps;
    private final ReferralEvents events;
    private final Clock clock;

    PartnerReferrals(PartnerStore partners, ReferralStore store, PartnerAuditLog audit, CaseSteps steps,
            ReferralEvents events, Clock clock) {
        this.partners = partners;
        this.store = store;
        this.audit = audit;
        this.steps = steps;
        this.events = events;
        this.clock = clock;
    }

    /** The partner's own referrals, newest first (the last hundred); none for a client that is no partner's. */
    @PreAuthorize("hasAuthority('SCOPE_referrals:read')")
    @Transactional
    public List<Referral> list(String clientId) {
        return partnerOf(clientId).map(partner -> {
            audit.record(partner.id(), clientId, PartnerAuditLog.REFERRALS_LISTED, null);
            return store.ofPartner(partner.id(), LIST_LIMIT);
        }).orElse(List.of());
    }

    @PreAuthorize("hasAuthority('SCOPE_referrals:read')")
    @Transactional
    public Optional<Referral> read(String clientId, String referralId) {
        return own(clientId, referralId).map(referral -> {
            audit.record(referral.partnerId(), clientId, PartnerAuditLog.REFERRAL_READ, referral.id());
            return referral;
        });
    }

    /**
     * Accepts, declines, updates or closes the referral.
     *
     * @return empty when it is not the partner's
     * @throws ActionRefused {@link #NOT_NOW} when its status does not allow the step, or for an update with no note
     */
    @PreAuthorize("hasAuthority('SCOPE_referrals:write')")
    @Transactional
    public Optional<Referral> step(String clientId, String referralId, ReferralStep step, String note) {
        Optional<Referral> found = own(clientId, referralId);
        if (found.isEmpty()) {
            return found;
        }
        Referral referral = found.get();
        String words = step == ReferralStep.UPDATE ? Referrals.text(note, NOTE_FIELD, "referrals.note")
                : optional(note);
        if (!step.allowedFrom(referral.status())
                || !store.step(referral.id(), referral.status(), step.after(referral.status()), words, clock.instant())) {
            throw new ActionRefused("status", NOT_NOW);
        }
        boolean residentSees = step.residentSees() && referral.basis().residentTold();
        steps.record(referral.caseReference(), step.timeline(), residentSees, null, referral.partnerName(),
                residentSees ? null : words);
        Referral after = store.find(referral.id()).orElseThrow();
        events.updated(after);
        return Optional.of(after);
    }

    private Optional<Referral> own(String clientId, String referralId) {
        return partnerOf(clientId).flatMap(partner -> store.find(referralId)
                .filter(referral -> referral.partnerId().equals(partner.id())));
    }

    /** The client's partner; refused once its agreement has ended. */
    private Optional<Partner> partnerOf(String clientId) {
        Optional<Partner> partner = partners.byApiClient(clientId);
        if (partner.isPresent() && !partner.get().inForceOn(LocalDate.now(clock))) {
            throw new ActionRefused(null, AGREEMENT_ENDED);
        }
        return partner;
    }

    private static String optional(String note) {
        return note == null || note.isBlank() ? null : Referrals.text(note, NOTE_FIELD, "referrals.note");
    }
}
