package org.porth.channels.open311;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A GeoReport v2 answer as one tree, written as XML (elements named as the specification names them)
 * or as JSON (the same names; a list is an array whose items lose their element name, as the
 * specification's JSON examples show).
 */
sealed interface GeoReport {

    String name();

    /** A value: text, a number or true/false; null is an empty element in XML and null in JSON. */
    record Value(String name, Object value) implements GeoReport {
    }

    /** Named parts: an XML element with children, a JSON object. */
    record Group(String name, List<GeoReport> parts) implements GeoReport {
    }

    /** Repeated items: an XML element with one child per item, a JSON array. */
    record Items(String name, List<GeoReport> items) implements GeoReport {
    }

    static Value value(String name, Object value) {
        return new Value(name, value);
    }

    static Group group(String name, GeoReport... parts) {
        return new Group(name, List.copyOf(Arrays.asList(parts)));
    }

    static Items items(String name, List<? extends GeoReport> items) {
        return new Items(name, new ArrayList<>(items));
    }

    /** The specification's error answer: {@code <errors><error><code/><description/></error></errors>}. */
    static Items errors(int code, List<String> descriptions) {
        return items("errors", descriptions.stream()
                .map(description -> group("error", value("code", code), value("description", description))).toList());
    }
}
