package org.porth.integration.partners.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.porth.integration.partners.Partner;
import org.porth.integration.partners.Referral;
import org.porth.resident.ProfileField;
import org.porth.resident.ResidentDetailsChanged;
import org.porth.resident.ResidentDetailsChanged.FieldChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A change of details the resident agreed to share goes, once, to each partner with a lawful reason to
 * have it: one holding an open referral about the resident whose agreement is in force and allows
 * those details. The referral's copy of the details is brought up to date (the partner fetches it
 * through the API), the partner hears of it by one thin event, and My account lists the party.
 */
@Component
class ResidentDetailsPush {

    private static final Logger log = LoggerFactory.getLogger(ResidentDetailsPush.class);

    private final ReferralStore referrals;
    private final PartnerStore partners;
    private final DetailsSharedStore shared;
    private final ReferralEvents events;
    private final Clock clock;

    ResidentDetailsPush(ReferralStore referrals, PartnerStore partners, DetailsSharedStore shared,
            ReferralEvents events, Clock clock) {
        this.referrals = referrals;
        this.partners = partners;
        this.shared = shared;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ResidentDetailsChanged changed) {
        String residentId = changed.residentId().toString();
        Map<String, List<Referral>> byPartner = referrals.openFor(residentId).stream()
                .collect(Collectors.groupingBy(Referral::partnerId, LinkedHashMap::new, Collectors.toList()));
        Instant now = clock.instant();
        byPartner.forEach((partnerId, open) -> partners.find(partnerId)
                .ifPresent(partner -> push(changed, partner, open, residentId, now)));
    }

    private void push(ResidentDetailsChanged changed, Partner partner, List<Referral> open, String residentId,
            Instant now) {
        Set<ProfileField> fields = EnumSet.noneOf(ProfileField.class);
        changed.fields().stream().filter(partner.fields()::contains).forEach(fields::add);
        if (fields.isEmpty()) {
            return;
        }
        if (!partner.inForceOn(LocalDate.now(clock))) {
            log.info("Not sending resident details to partner {}: its agreement {} ended on {}", partner.id(),
                    partner.agreementReference(), partner.agreementEnds());
            return;
        }
        for (Referral referral : open) {
            Map<String, Map<String, String>> details = new LinkedHashMap<>(referral.details());
            fields.forEach(field -> changed.change(field).map(FieldChange::after)
                    .ifPresent(after -> details.put(field.key(), after)));
            referrals.details(referral.id(), details, now);
        }
        shared.record(residentId, partner.id(), partner.name(), fields, open.getFirst().basis().name(), now);
        events.detailsChanged(partner.id(), open, fields);
    }
}
