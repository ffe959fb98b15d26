package org.porth.casework;

import java.util.List;

import org.porth.gazetteer.Street;

/**
 * Where a case's problem is, for a small map on the case page: the place as the gazetteer names it
 * (null when it names none near), its point, the gazetteer's streets around it, and the other open
 * cases close enough to be the same problem, nearest first.
 */
public record CasePlace(String place, GeoPoint point, List<Street> streets, List<PossibleDuplicate> duplicates) {

    public CasePlace {
        streets = List.copyOf(streets);
        duplicates = List.copyOf(duplicates);
    }
}
