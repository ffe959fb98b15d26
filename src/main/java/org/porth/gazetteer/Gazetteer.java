package org.porth.gazetteer;

import java.util.List;
import java.util.Optional;

import org.porth.shared.Postcode;

/** The council's local gazetteer of addresses and streets. Public information: anyone may look up. */
public interface Gazetteer {

    List<Address> byPostcode(Postcode postcode);

    Optional<Address> byUprn(String uprn);

    /** Streets whose name contains the words, for a location without a property. */
    List<Street> streets(String words);

    Optional<Street> byUsrn(String usrn);

    /**
     * The street nearest a point (WGS84), by its own position or any of its addresses', within about
     * a mile; empty when none is that near (the point is outside the council's area).
     */
    Optional<Street> nearestStreet(double latitude, double longitude);

    /**
     * Streets whose point lies in the square of {@code metres} either side of the position (WGS84
     * degrees), for drawing a small map around it; nearest first, at most 50.
     */
    List<Street> streetsNear(double latitude, double longitude, double metres);
}
