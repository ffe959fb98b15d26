package org.porth.gazetteer;

/** A street in the gazetteer, for reporting a problem where there is no property (a pothole, a street light). */
public record Street(String usrn, String name, String town, String ward, double latitude, double longitude) {
}
