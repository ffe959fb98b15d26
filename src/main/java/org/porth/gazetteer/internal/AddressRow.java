package org.porth.gazetteer.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.porth.gazetteer.Address;
import org.porth.shared.Postcode;

/**
 * An address as the gazetteer holds it, in the parts of BS 7666 that order and print it: the
 * organisation, the flat or unit within a building, the building's name and number, and the street.
 */
record AddressRow(String uprn, String usrn, String organisation, String subBuilding, String buildingName,
        String buildingNumber, String street, String town, Postcode postcode, String ward,
        double latitude, double longitude) {

    /** Street by street, then houses by number, each building's flats together in number order. */
    static final Comparator<AddressRow> ORDER = Comparator
            .comparing(AddressRow::street, NaturalOrder.INSTANCE)
            .thenComparing(AddressRow::buildingNumber, Comparator.nullsLast(NaturalOrder.INSTANCE))
            .thenComparing(AddressRow::buildingName, Comparator.nullsFirst(NaturalOrder.INSTANCE))
            .thenComparing(AddressRow::subBuilding, Comparator.nullsFirst(NaturalOrder.INSTANCE))
            .thenComparing(AddressRow::organisation, Comparator.nullsFirst(NaturalOrder.INSTANCE))
            .thenComparing(AddressRow::uprn);

    Address toAddress() {
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, organisation);
        addIfPresent(lines, subBuilding);
        addIfPresent(lines, buildingName);
        lines.add(buildingNumber == null ? street : buildingNumber + " " + street);
        return new Address(uprn, lines, town, postcode, ward, latitude, longitude);
    }

    private static void addIfPresent(List<String> lines, String line) {
        if (line != null) {
            lines.add(line);
        }
    }
}
