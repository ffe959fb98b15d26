package org.porth.casework.routing;

import java.util.List;

import org.porth.catalogue.Option;
import org.porth.catalogue.Text;

/**
 * A question of the service a rule can look at: its answers to pick from, or none for a question
 * answered in the resident's own words (the rule then lists the whole answers it matches).
 */
public record RoutingQuestion(String id, Text label, List<Option> options) {

    public RoutingQuestion {
        options = List.copyOf(options);
    }

    public boolean freeText() {
        return options.isEmpty();
    }
}
