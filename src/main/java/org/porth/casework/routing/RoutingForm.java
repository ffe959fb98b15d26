package org.porth.casework.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's routing as the administrator's form holds it: the default queue and the rules in
 * order (the first that matches wins). What the form does not edit (the flags the answers raise,
 * anything else the YAML says) is kept as written, so that saving the form loses nothing.
 *
 * @param kept the routing's other sections, as read from its YAML
 */
public record RoutingForm(String defaultQueue, List<RoutingRuleForm> rules, Map<String, Object> kept) {

    public RoutingForm {
        defaultQueue = defaultQueue == null ? "" : defaultQueue.strip();
        rules = List.copyOf(rules);
        kept = new LinkedHashMap<>(kept);
    }

    @Override
    public Map<String, Object> kept() {
        return new LinkedHashMap<>(kept);
    }
}
