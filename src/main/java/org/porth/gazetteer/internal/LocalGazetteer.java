package org.porth.gazetteer.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.porth.gazetteer.Address;
import org.porth.gazetteer.Gazetteer;
import org.porth.gazetteer.Street;
import org.porth.shared.Postcode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The gazetteer in Porth's own tables. Addresses and street names are public: anyone may look them up. */
@Service
@PreAuthorize("permitAll()")
@Transactional(readOnly = true)
class LocalGazetteer implements Gazetteer {

    static final int MOST_STREETS = 20;
    // enough to find a street; more words than this is a sentence, not a street name
    private static final int MOST_WORDS = 6;
    // ranked in memory, so the database may return more than are shown
    private static final int MOST_CANDIDATES = 200;
    private static final int MOST_NEAR = 50;
    // degrees to metres on a sphere of the Earth's mean radius: within a metre across a map of a few streets
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;
    private static final Pattern IDENTIFIER = Pattern.compile("\\d{1,12}");

    private final GazetteerTables tables;

    LocalGazetteer(GazetteerTables tables) {
        this.tables = tables;
    }

    @Override
    public List<Address> byPostcode(Postcode postcode) {
        return tables.addressesIn(postcode).stream().sorted(AddressRow.ORDER).map(AddressRow::toAddress).toList();
    }

    @Override
    public Optional<Address> byUprn(String uprn) {
        return isIdentifier(uprn) ? tables.address(uprn.strip()).map(AddressRow::toAddress) : Optional.empty();
    }

    /** At most {@value #MOST_STREETS}; a street whose name starts with the first word comes first. */
    @Override
    public List<Street> streets(String words) {
        List<String> folded = words == null ? List.of() : SearchNames.words(words);
        if (folded.isEmpty()) {
            return List.of();
        }
        List<String> searched = folded.subList(0, Math.min(folded.size(), MOST_WORDS));
        String first = searched.getFirst();
        Comparator<Street> startsWithFirstWord = Comparator.comparing(street -> !SearchNames.fold(street.name()).startsWith(first));
        return tables.streetsWithWordsStarting(searched, MOST_CANDIDATES).stream()
                .sorted(startsWithFirstWord.thenComparing(Street::name, NaturalOrder.INSTANCE))
                .limit(MOST_STREETS)
                .toList();
    }

    @Override
    public Optional<Street> byUsrn(String usrn) {
        return isIdentifier(usrn) ? tables.street(usrn.strip()) : Optional.empty();
    }

    @Override
    public Optional<Street> nearestStreet(double latitude, double longitude) {
        return tables.nearestStreet(latitude, longitude);
    }

    @Override
    public List<Street> streetsNear(double latitude, double longitude, double metres) {
        double latitudeSpan = Math.toDegrees(metres / EARTH_RADIUS_METRES);
        double longitudeSpan = latitudeSpan / Math.cos(Math.toRadians(latitude));
        Comparator<Street> nearest = Comparator.comparingDouble(street -> Math.hypot(street.latitude() - latitude,
                (street.longitude() - longitude) * Math.cos(Math.toRadians(latitude))));
        return tables.streetsBetween(latitude - latitudeSpan, latitude + latitudeSpan, longitude - longitudeSpan,
                longitude + longitudeSpan).stream().sorted(nearest).limit(MOST_NEAR).toList();
    }

    private static boolean isIdentifier(String text) {
        return text != null && IDENTIFIER.matcher(text.strip()).matches();
    }
}
