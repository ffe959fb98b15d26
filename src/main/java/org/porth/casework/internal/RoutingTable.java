package org.porth.casework.internal;

import java.util.List;

/** A service's routing: its rules in order (the first that matches wins), then its default queue. */
record RoutingTable(String defaultQueue, List<RoutingRule> rules) {

    RoutingTable {
        rules = List.copyOf(rules);
    }

    RoutingDecision route(RoutingFacts facts) {
        return rules.stream().filter(rule -> rule.matches(facts)).findFirst()
                .map(rule -> new RoutingDecision(rule.queue(), rule.name(),
                        rule.raiseTo() == null ? facts.priority() : facts.priority().atLeast(rule.raiseTo())))
                .orElseGet(() -> new RoutingDecision(defaultQueue, null, facts.priority()));
    }
}
