package org.porth.casework.internal;

import java.util.Map;
import java.util.Set;

import org.porth.catalogue.Text;

/**
 * A flag a request raises by its answers (e.g. a resident whose health is at risk) or by a support
 * need its resident told the council about, which routing rules can match and staff see on the case.
 *
 * @param when         answers: each question listed has one of the values (none listed: answers
 *                     do not raise it)
 * @param supportNeeds the resident has any of these (keys of {@code resident.SupportNeed})
 */
record RoutingFlag(String id, Text label, Map<String, Set<String>> when, Set<String> supportNeeds) {

    RoutingFlag {
        when = Map.copyOf(when);
        supportNeeds = Set.copyOf(supportNeeds);
    }

    /** Either way raises it: the answers match, or the resident has one of the support needs. */
    boolean raisedBy(RoutingFacts facts) {
        return !when.isEmpty() && facts.answered(when)
                || facts.supportNeeds().stream().anyMatch(supportNeeds::contains);
    }
}
