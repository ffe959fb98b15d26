package org.porth.integration.partners;

import java.time.LocalDate;
import java.util.Set;

import org.porth.resident.ProfileField;

/**
 * A partner organisation as registered. Its webhook endpoints name it themselves (the webhooks admin page).
 *
 * @param apiClientId       the API client it fetches and works its referrals with; null when it has none
 * @param agreementEnds     the last day its data sharing agreement is in force
 * @param fields            the resident's details it may receive (prefill fields only)
 */
public record Partner(String id, String name, String contact, String apiClientId, String agreementReference,
        LocalDate agreementEnds, Set<ReferralType> referralTypes, Set<ProfileField> fields, long version) {

    public Partner {
        referralTypes = Set.copyOf(referralTypes);
        fields = Set.copyOf(fields);
    }

    /** Its agreement is in force on this day (the council's date). */
    public boolean inForceOn(LocalDate day) {
        return !day.isAfter(agreementEnds);
    }
}
