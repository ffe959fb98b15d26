package org.porth.catalogue;

/** One answer to choose in a single- or multiple-choice question. {@code hint} may be null. */
public record Option(String value, Text label, Text hint) {
}
