package org.porth.catalogue;

/** A heading residents browse services by, such as "Bins and recycling". */
public record Topic(String id, Text name, Text description) {
}
