package org.porth.casework.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A service's routing: the flags its answers can raise, its rules in order (the first that matches
 * wins), then its default queue.
 */
record RoutingTable(String defaultQueue, List<RoutingRule> rules, List<RoutingFlag> flags) {

    RoutingTable {
        rules = List.copyOf(rules);
        flags = List.copyOf(flags);
    }

    /** Whether any flag is raised by a support need: only then are the resident's read. */
    boolean usesSupportNeeds() {
        return flags.stream().anyMatch(flag -> !flag.supportNeeds().isEmpty());
    }

    /** The flags the request raises, in the order the service declares them. */
    List<RoutingFlag> flagsOf(RoutingFacts facts) {
        return flags.stream().filter(flag -> flag.raisedBy(facts)).toList();
    }

    RoutingDecision route(RoutingFacts facts) {
        Set<String> raised = flagsOf(facts).stream().map(RoutingFlag::id).collect(Collectors.toSet());
        return rules.stream().filter(rule -> rule.matches(facts, raised)).findFirst()
                .map(rule -> new RoutingDecision(rule.queue(), rule.name(),
                        rule.raiseTo() == null ? facts.priority() : facts.priority().atLeast(rule.raiseTo())))
                .orElseGet(() -> new RoutingDecision(defaultQueue, null, facts.priority()));
    }
}
