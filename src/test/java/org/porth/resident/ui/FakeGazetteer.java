package org.porth.resident.ui;

import java.util.List;
import java.util.Optional;

import org.porth.gazetteer.Address;
import org.porth.gazetteer.Gazetteer;
import org.porth.gazetteer.Street;
import org.porth.shared.Postcode;

/** A gazetteer of two properties in one postcode, standing in for the council's in view tests. */
final class FakeGazetteer implements Gazetteer {

    static final Postcode POSTCODE = new Postcode("PT1 2AB");
    static final Address FLAT = new Address("100023336956", List.of("Flat 2", "14 Heol y Castell"), "Porth",
            POSTCODE, "Castell", 51.61, -3.41);
    static final Address HOUSE = new Address("100023336957", List.of("16 Heol y Castell"), "Porth",
            POSTCODE, "Castell", 51.61, -3.41);

    @Override
    public List<Address> byPostcode(Postcode postcode) {
        return postcode.equals(POSTCODE) ? List.of(FLAT, HOUSE) : List.of();
    }

    @Override
    public Optional<Address> byUprn(String uprn) {
        return byPostcode(POSTCODE).stream().filter(address -> address.uprn().equals(uprn)).findFirst();
    }

    @Override
    public List<Street> streets(String words) {
        return List.of();
    }

    @Override
    public Optional<Street> byUsrn(String usrn) {
        return Optional.empty();
    }

    @Override
    public Optional<Street> nearestStreet(double latitude, double longitude) {
        return Optional.empty();
    }

    /** These tests never draw a map. */
    @Override
    public List<Street> streetsNear(double latitude, double longitude, double metres) {
        return List.of();
    }
}
