package org.porth.casework.internal;

import java.util.Map;
import java.util.Set;

import org.porth.casework.Priority;
import org.porth.catalogue.Channel;

/**
 * One rule of a service's routing: every condition it sets must hold (an empty one always holds);
 * an answer condition holds when any of the question's chosen values is listed; a flag condition
 * when the request raised every flag listed.
 *
 * @param raiseTo the priority a matching case gets at least; null leaves it as it is
 */
record RoutingRule(String name, Map<String, Set<String>> answers, Set<String> wards, Set<Channel> channels,
        Set<Priority> priorities, Set<String> flags, String queue, Priority raiseTo) {

    RoutingRule {
        answers = Map.copyOf(answers);
        wards = Set.copyOf(wards);
        channels = Set.copyOf(channels);
        priorities = Set.copyOf(priorities);
        flags = Set.copyOf(flags);
    }

    /** @param raised the flags the request's answers raised */
    boolean matches(RoutingFacts facts, Set<String> raised) {
        return facts.answered(answers)
                && (wards.isEmpty() || facts.ward() != null && wards.contains(facts.ward()))
                && (channels.isEmpty() || channels.contains(facts.channel()))
                && (priorities.isEmpty() || priorities.contains(facts.priority()))
                && raised.containsAll(flags);
    }
}
