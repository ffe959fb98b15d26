package org.porth.forms;

import java.util.List;
import java.util.Optional;

import org.porth.gazetteer.Address;
import org.porth.gazetteer.Gazetteer;
import org.porth.gazetteer.Street;
import org.porth.shared.Postcode;

/** Two properties and a street. */
final class FakeGazetteer implements Gazetteer {

    static final Address FLAT = new Address("100023336956", List.of("Flat 2", "14 Heol y Castell"), "Porth",
            Postcode.parse("CF10 1EP").orElseThrow(), "Castell", 51.4816, -3.1791);
    static final Address HOUSE = new Address("100023336957", List.of("3 Stryd Fawr"), "Porth",
            Postcode.parse("CF10 1EP").orElseThrow(), "Canol", 51.48, -3.18);
    static final Street HIGH_STREET = new Street("12345678", "Stryd Fawr", "Porth", "Canol", 51.4801, -3.1802);

    private static final List<Address> ADDRESSES = List.of(FLAT, HOUSE);

    @Override
    public List<Address> byPostcode(Postcode postcode) {
        return ADDRESSES.stream().filter(address -> address.postcode().equals(postcode)).toList();
    }

    @Override
    public Optional<Address> byUprn(String uprn) {
        return ADDRESSES.stream().filter(address -> address.uprn().equals(uprn)).findFirst();
    }

    @Override
    public List<Street> streets(String words) {
        return HIGH_STREET.name().contains(words) ? List.of(HIGH_STREET) : List.of();
    }

    @Override
    public Optional<Street> byUsrn(String usrn) {
        return HIGH_STREET.usrn().equals(usrn) ? Optional.of(HIGH_STREET) : Optional.empty();
    }

    @Override
    public Optional<Street> nearestStreet(double latitude, double longitude) {
        return Optional.empty();
    }

    /** The forms never draw a map. */
    @Override
    public List<Street> streetsNear(double latitude, double longitude, double metres) {
        return List.of();
    }
}
