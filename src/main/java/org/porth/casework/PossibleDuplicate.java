package org.porth.casework;

import org.porth.catalogue.Text;

/** An open case near another, with what a queue shows of it and how far away it is, in whole metres. */
public record PossibleDuplicate(String reference, Text serviceName, Text about, CaseStatus status, GeoPoint point,
        int metres) {
}
