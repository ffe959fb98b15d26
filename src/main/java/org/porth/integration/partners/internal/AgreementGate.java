package org.porth.integration.partners.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.porth.integration.IntegrationEvent;
import org.porth.integration.IntegrationEventTypes;
import org.porth.integration.PartnerGate;
import org.porth.integration.partners.Partner;
import org.porth.integration.partners.ReferralType;
import org.porth.resident.ProfileField;
import org.springframework.stereotype.Component;

/**
 * A partner receives an event only under its data sharing agreement: while it is in force (to its
 * last day, on the council's calendar date), and only the events about its referrals (of the types it
 * takes) and the changes of the resident details it may receive. Every other event type is refused: a
 * partner is not a council system subscribing to everything.
 */
@Component
class AgreementGate implements PartnerGate {

    /** The data field naming a referral's type, in referral events. */
    static final String REFERRAL_TYPE = "referralType";
    /** The data field listing the changed details' keys, in details-changed events. */
    static final String FIELDS = "fields";

    private final PartnerStore partners;
    private final Clock clock;

    AgreementGate(PartnerStore partners, Clock clock) {
        this.partners = partners;
        this.clock = clock;
    }

    @Override
    public boolean mayReceive(String partnerId, IntegrationEvent event) {
        return partners.find(partnerId).filter(partner -> partner.inForceOn(LocalDate.now(clock)))
                .map(partner -> allowed(partner, event)).orElse(false);
    }

    static boolean allowed(Partner partner, IntegrationEvent event) {
        return switch (event.type()) {
            case IntegrationEventTypes.REFERRAL_MADE, IntegrationEventTypes.REFERRAL_UPDATED ->
                    event.data().get(REFERRAL_TYPE) instanceof String type && partner.referralTypes().stream()
                            .map(ReferralType::name).anyMatch(type::equals);
            case IntegrationEventTypes.RESIDENT_DETAILS_CHANGED ->
                    event.data().get(FIELDS) instanceof Collection<?> fields && !fields.isEmpty()
                            && keys(partner.fields()).containsAll(fields);
            default -> false;
        };
    }

    private static Set<String> keys(Set<ProfileField> fields) {
        return fields.stream().map(ProfileField::key).collect(Collectors.toSet());
    }
}
