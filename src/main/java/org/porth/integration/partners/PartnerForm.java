package org.porth.integration.partners;

import java.util.Set;

import org.porth.resident.ProfileField;

/**
 * What an administrator enters for a partner, as typed: checked by {@link Partners#save}.
 *
 * @param id           null for a new partner
 * @param agreementEnds the day, month and year as typed
 * @param version      the version the administrator saw; ignored for a new partner
 */
public record PartnerForm(String id, String name, String contact, String apiClientId, String agreementReference,
        String endDay, String endMonth, String endYear, Set<ReferralType> referralTypes, Set<ProfileField> fields,
        long version) {
}
