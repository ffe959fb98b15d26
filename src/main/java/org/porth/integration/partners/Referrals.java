package org.porth.integration.partners;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.porth.casework.CaseSteps;
import org.porth.casework.CaseSteps.CaseFacts;
import org.porth.casework.TimelineKind;
import org.porth.identity.CurrentUser;
import org.porth.identity.SignedInUser;
import org.porth.integration.partners.internal.DetailsSharedStore;
import org.porth.integration.partners.internal.PartnerStore;
import org.porth.integration.partners.internal.ReferralEvents;
import org.porth.integration.partners.internal.ReferralStore;
import org.porth.resident.ConsentRecord;
import org.porth.resident.Profile;
import org.porth.resident.ProfileField;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.TellUsOnce;
import org.porth.shared.ActionRefused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff refer a case to a partner organisation: with the resident's recorded consent, or a lawful
 * basis justified in writing, under the partner's agreement (in force, the type agreed). The partner
 * gets the details its agreement allows, hears of it by a thin event, and the case's timeline says so;
 * the resident sees it on their request page when the basis is their consent.
 */
@Service
public class Referrals {

    public static final String PARTNER_FIELD = "referral-partner";
    public static final String TYPE_FIELD = "referral-type";
    public static final String REASON_FIELD = "referral-reason";
    public static final String BASIS_FIELD = "referral-basis";
    public static final String CONSENT_FIELD = "referral-consent";
    public static final String JUSTIFICATION_FIELD = "referral-justification";
    public static final int LONGEST_TEXT = 4000;
    private static final int SUPERVISORS_LIST = 50;

    private final CaseSteps steps;
    private final PartnerStore partners;
    private final ReferralStore store;
    private final DetailsSharedStore shared;
    private final ReferralEvents events;
    private final ResidentProfiles profiles;
    private final TellUsOnce tellUsOnce;
    private final CurrentUser currentUser;
    private final Clock clock;

    Referrals(CaseSteps steps, PartnerStore partners, ReferralStore store, DetailsSharedStore shared,
            ReferralEvents events, ResidentProfiles profiles, TellUsOnce tellUsOnce, CurrentUser currentUser,
            Clock clock) {
        this.steps = steps;
        this.partners = partners;
        this.store = store;
        this.shared = shared;
        this.events = events;
        this.profiles = profiles;
        this.tellUsOnce = tellUsOnce;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The case's referrals, newest first. */
    @PreAuthorize(Partners.STAFF)
    @Transactional(readOnly = true)
    public List<Referral> onCase(String caseReference) {
        return store.onCase(steps.facts(caseReference).reference());
    }

    /** The resident's consents that still stand, newest first: what a referral may rely on. */
    @PreAuthorize(Partners.STAFF)
    @Transactional(readOnly = true)
    public List<ConsentRecord> standingConsents(String caseReference) {
        CaseFacts facts = steps.facts(caseReference);
        return facts.residentId() == null ? List.of() : tellUsOnce.consents(ResidentId.of(facts.residentId())).stream()
                .filter(consent -> !consent.withdrawn()).toList();
    }

    /** Referrals made without the resident's consent, newest first: supervisors check each one's justification. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<Referral> withoutConsent() {
        return store.withoutConsent(SUPERVISORS_LIST);
    }

    /**
     * Refers the case.
     *
     * @throws ActionRefused naming the field: no partner, a type or partner the agreement does not
     *                       allow today, no reason, no standing consent, no justification of another basis
     */
    @PreAuthorize(Partners.STAFF)
    @Transactional
    public Referral refer(NewReferral referral) {
        CaseFacts facts = steps.facts(referral.caseReference());
        Partner partner = checkedPartner(referral);
        String reason = text(referral.reason(), REASON_FIELD, "referrals.reason");
        String justification = checkedBasis(referral, facts);
        Instant now = clock.instant();
        Referral made = new Referral(UUID.randomUUID().toString(), facts.reference(), facts.serviceId(), partner.id(),
                partner.name(), referral.type(), reason, referral.basis(),
                referral.basis() == LawfulBasis.CONSENT ? referral.consentId() : null, justification,
                details(facts, partner), ReferralStatus.SENT, null, officer(), now, now);
        store.insert(made, facts.residentId());
        boolean told = referral.basis().residentTold();
        steps.record(facts.reference(), TimelineKind.REFERRED, told, officer(), partner.name(), told ? null : justification);
        if (facts.residentId() != null && !made.details().isEmpty()) {
            shared.record(facts.residentId(), partner.id(), partner.name(), fields(made.details()),
                    referral.basis().name(), now);
        }
        events.made(made);
        return made;
    }

    private Partner checkedPartner(NewReferral referral) {
        Partner partner = (referral.partnerId() == null ? null : partners.find(referral.partnerId()).orElse(null));
        if (partner == null) {
            throw new ActionRefused(PARTNER_FIELD, "referrals.partner.required");
        }
        if (!partner.inForceOn(LocalDate.now(clock))) {
            throw new ActionRefused(PARTNER_FIELD, "referrals.partner.agreement-ended");
        }
        if (referral.type() == null) {
            throw new ActionRefused(TYPE_FIELD, "referrals.type.required");
        }
        if (!partner.referralTypes().contains(referral.type())) {
            throw new ActionRefused(TYPE_FIELD, "referrals.type.not-agreed");
        }
        return partner;
    }

    /** @return the justification of a basis other than consent; null with consent */
    private String checkedBasis(NewReferral referral, CaseFacts facts) {
        if (referral.basis() == null) {
            throw new ActionRefused(BASIS_FIELD, "referrals.basis.required");
        }
        if (referral.basis() != LawfulBasis.CONSENT) {
            return text(referral.justification(), JUSTIFICATION_FIELD, "referrals.justification");
        }
        boolean standing = facts.residentId() != null && referral.consentId() != null
                && tellUsOnce.consents(ResidentId.of(facts.residentId())).stream()
                        .anyMatch(consent -> !consent.withdrawn() && consent.id().toString().equals(referral.consentId()));
        if (!standing) {
            throw new ActionRefused(CONSENT_FIELD, "referrals.consent.required");
        }
        return null;
    }

    /** The resident's details the partner's agreement allows, as they are now. */
    private Map<String, Map<String, String>> details(CaseFacts facts, Partner partner) {
        Map<String, Map<String, String>> details = new LinkedHashMap<>();
        if (facts.residentId() == null) {
            return details;
        }
        Profile profile = profiles.profile(ResidentId.of(facts.residentId())).orElse(null);
        if (profile == null) {
            return details;
        }
        partner.fields().stream().sorted().forEach(field -> profile.field(field)
                .ifPresent(value -> details.put(field.key(), value)));
        return details;
    }

    static Set<ProfileField> fields(Map<String, Map<String, String>> details) {
        return details.keySet().stream().map(key -> ProfileField.fromKey(key).orElseThrow())
                .collect(Collectors.toSet());
    }

    private String officer() {
        return currentUser.get().map(SignedInUser::id).orElseThrow();
    }

    static String text(String text, String field, String keyPrefix) {
        if (text == null || text.isBlank()) {
            throw new ActionRefused(field, keyPrefix + ".required");
        }
        if (text.strip().length() > LONGEST_TEXT) {
            throw new ActionRefused(field, keyPrefix + ".too-long");
        }
        return text.strip();
    }
}
