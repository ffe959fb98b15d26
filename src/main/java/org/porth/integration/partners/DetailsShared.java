package org.porth.integration.partners;

import java.time.Instant;
import java.util.Set;

import org.porth.resident.ProfileField;

/**
 * Details of a resident that went to a party: what My account lists.
 *
 * @param reason why it could have them: a referral made with the resident's consent, or the
 *               referral's lawful basis when the resident was told of it
 */
public record DetailsShared(String partyName, Set<ProfileField> fields, String reason, Instant sharedAt) {

    public DetailsShared {
        fields = Set.copyOf(fields);
    }
}
