package org.porth.casework.internal;

import java.util.Map;
import java.util.Set;

import org.porth.catalogue.Text;

/**
 * A flag a request raises by its answers (e.g. a resident whose health is at risk), which routing
 * rules can match and staff see on the case.
 *
 * @param when answers: each question listed has one of the values
 */
record RoutingFlag(String id, Text label, Map<String, Set<String>> when) {

    RoutingFlag {
        when = Map.copyOf(when);
    }

    boolean raisedBy(RoutingFacts facts) {
        return facts.answered(when);
    }
}
