package org.porth.integration.partners.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.porth.integration.IntegrationEvent;
import org.porth.integration.IntegrationEventTypes;
import org.porth.integration.IntegrationEvents;
import org.porth.integration.partners.Referral;
import org.porth.resident.ProfileField;
import org.springframework.stereotype.Component;

/**
 * The thin events a partner hears of its referrals by, for that partner alone: ids, status, type and
 * a link to fetch the rest through the API with its own credentials. No names, no reasons, no details.
 */
@Component
public class ReferralEvents {

    public static final String LINK = "/api/v1/referrals/";

    private final IntegrationEvents events;
    private final Clock clock;

    ReferralEvents(IntegrationEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void made(Referral referral) {
        publish(IntegrationEventTypes.REFERRAL_MADE, referral);
    }

    public void updated(Referral referral) {
        publish(IntegrationEventTypes.REFERRAL_UPDATED, referral);
    }

    /** One event to the partner for a change of details it may receive, naming its open referrals about the resident. */
    public void detailsChanged(String partnerId, List<Referral> referrals, Set<ProfileField> fields) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("referralIds", referrals.stream().map(Referral::id).toList());
        data.put(AgreementGate.FIELDS, fields.stream().sorted().map(ProfileField::key).toList());
        data.put("link", LINK + referrals.getFirst().id());
        events.publish(new IntegrationEvent(UUID.randomUUID(), IntegrationEventTypes.RESIDENT_DETAILS_CHANGED,
                referrals.getFirst().id(), referrals.getFirst().serviceId(), clock.instant(),
                IntegrationEvent.partnerAudience(partnerId), data));
    }

    private void publish(String type, Referral referral) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("referralId", referral.id());
        data.put("status", referral.status().name());
        data.put(AgreementGate.REFERRAL_TYPE, referral.type().name());
        data.put("serviceCode", referral.serviceId());
        data.put("link", LINK + referral.id());
        events.publish(new IntegrationEvent(UUID.randomUUID(), type, referral.id(), referral.serviceId(),
                clock.instant(), IntegrationEvent.partnerAudience(referral.partnerId()), data));
    }
}
