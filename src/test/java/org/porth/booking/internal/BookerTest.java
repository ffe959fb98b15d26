package org.porth.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.porth.resident.ContactPreferences;
import org.porth.resident.PersonName;
import org.porth.resident.Profile;
import org.porth.resident.ResidentAddress;
import org.porth.resident.ResidentId;
import org.porth.shared.Language;
import org.porth.shared.Postcode;

/** A household limit counts by address: everyone at one address is one household. */
class BookerTest {

    private static final Postcode POSTCODE = Postcode.parse("PT1 1AA").orElseThrow();

    @Test
    void theHouseholdIsTheAddressesUprnWhenKnown() {
        assertThat(Booker.resident(living(new ResidentAddress("100100412229", "7 Stryd Fawr", "", "Porth", POSTCODE, "Castell"))))
                .satisfies(booker -> {
                    assertThat(booker.household()).isEqualTo("uprn:100100412229");
                    assertThat(booker.ward()).isEqualTo("Castell");
                });
    }

    @Test
    void aTypedAddressIsOneHouseholdHoweverItIsCapitalisedOrSpaced() {
        String one = Booker.resident(living(ResidentAddress.manual("7 Stryd Fawr", "", "Porth", POSTCODE))).household();
        String other = Booker.resident(living(ResidentAddress.manual("7  STRYD fawr", "", "Porth", POSTCODE))).household();

        assertThat(one).isEqualTo(other).startsWith("address:");
    }

    @Test
    void withoutAnAddressTheResidentIsAHouseholdAlone() {
        Profile nowhere = living(null);

        assertThat(Booker.resident(nowhere).household()).isEqualTo("resident:" + nowhere.id());
        assertThat(Booker.resident(nowhere).ward()).isNull();
    }

    private static Profile living(ResidentAddress address) {
        return new Profile(new ResidentId(UUID.randomUUID()), true, new PersonName("Rhys", "Jones"), null, address, null,
                null, Language.ENGLISH, ContactPreferences.DEFAULT, Instant.now());
    }
}
