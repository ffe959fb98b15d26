package org.porth.gazetteer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.porth.gazetteer.Address;
import org.porth.shared.Postcode;

/** Addresses print the way post is addressed and list the way a resident scans for theirs. */
class AddressRowTest {

    private static final Postcode POSTCODE = new Postcode("PT1 1ZJ");
    private static final AtomicLong UPRNS = new AtomicLong(100100400000L);

    @RepeatedTest(5)
    void housesComeInNumberOrderWithEachBuildingsFlatsTogether(RepetitionInfo repetition) {
        List<AddressRow> expected = List.of(
                row("Church Street", "2", null, null, null),
                row("Stryd Fawr", "2", null, null, null),
                row("Stryd Fawr", "8", null, null, null),
                row("Stryd Fawr", "8A", null, null, null),
                row("Stryd Fawr", "10", null, null, null),
                row("Stryd Fawr", "14", null, "Flat 1", null),
                row("Stryd Fawr", "14", null, "Flat 2", null),
                row("Stryd Fawr", "14", null, "Flat 10", null),
                row("Stryd Fawr", "15", null, null, "Evans & Daughters Hardware"),
                row("Stryd Fawr", "102", null, null, null),
                row("Stryd Fawr", null, "Tŷ Gwyn", null, null));
        List<AddressRow> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(repetition.getCurrentRepetition()));

        assertThat(shuffled.stream().sorted(AddressRow.ORDER).toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void aFlatPrintsOnTheLinesBeforeItsStreet() {
        Address address = row("Heol Glan yr Afon", "2", "Llys yr Afon", "Flat 3", null).toAddress();

        assertThat(address.lines()).containsExactly("Flat 3", "Llys yr Afon", "2 Heol Glan yr Afon");
        assertThat(address.singleLine()).isEqualTo("Flat 3, Llys yr Afon, 2 Heol Glan yr Afon, Porth, PT1 1ZJ");
    }

    @Test
    void anOrganisationWithABuildingAndNoNumberPrintsTheStreetAlone() {
        Address address = row("Heol y Castell", null, "County Hall", null, "Porth County Council").toAddress();

        assertThat(address.lines()).containsExactly("Porth County Council", "County Hall", "Heol y Castell");
    }

    private static AddressRow row(String street, String number, String building, String flat, String organisation) {
        return new AddressRow(String.valueOf(UPRNS.incrementAndGet()), "32710042", organisation, flat, building, number, street, "Porth", POSTCODE, "Castell", 51.6, -3.9);
    }
}
