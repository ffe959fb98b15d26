package org.porth.casework.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.porth.casework.Priority;
import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Text;
import org.porth.resident.SupportNeed;

/**
 * Reads the {@code routing} section of a service definition:
 * <pre>
 * routing:
 *   default-queue: highway-inspections
 *   rules:
 *     - name: dangerous now            # shown to staff as the reason for the routing
 *       when: {danger: [yes]}          # answers: any of the values
 *       wards: [Porth North]           # optional: the ward the request is about
 *       channels: [phone]              # optional: web, phone, face-to-face, api
 *       priorities: [high, urgent]     # optional: the priority before this rule
 *       flags: [health-at-risk]        # optional: flags the answers raised (see flags below)
 *       queue: highway-emergencies     # optional: without it, the default queue
 *       priority: urgent               # optional: raise the case to at least this
 *   flags:                             # optional: what answers flag, for rules and for staff
 *     health-at-risk:
 *       label: {en: Health at risk, cy: Iechyd mewn perygl}
 *       when: {health: [yes]}            # the answers raise it, or
 *       support-needs: [disability]      # the resident told us of any of these (SupportNeed keys)
 * </pre>
 * A mistake is refused with a message naming the service and the rule.
 */
final class RoutingTables {

    private static final Set<String> RULE_KEYS = Set.of("name", "when", "wards", "channels", "priorities", "flags",
            "queue", "priority");
    private static final Set<String> FLAG_KEYS = Set.of("label", "when", "support-needs");
    private static final List<String> SUPPORT_NEEDS = Arrays.stream(SupportNeed.values()).map(SupportNeed::key).toList();

    private RoutingTables() {
    }

    static RoutingTable of(ServiceDefinition service) {
        return of(service.id(), service.routing());
    }

    /** Reads routing written for the service, in its definition or by an administrator. */
    static RoutingTable of(String serviceId, Map<String, Object> routing) {
        String where = "Service " + serviceId + ": routing";
        Object defaultQueue = routing.get("default-queue");
        if (!(defaultQueue instanceof String queue) || queue.isBlank()) {
            throw new IllegalArgumentException(where + " needs a default-queue");
        }
        List<RoutingFlag> flags = flags(routing.get("flags"), where + " flags");
        Set<String> flagIds = flags.stream().map(RoutingFlag::id).collect(Collectors.toSet());
        List<RoutingRule> rules = new ArrayList<>();
        for (Object rule : list(routing.get("rules"), where + " rules")) {
            RoutingRule read = rule(rule, where + " rule " + (rules.size() + 1), queue);
            read.flags().stream().filter(flag -> !flagIds.contains(flag)).findFirst().ifPresent(flag -> {
                throw new IllegalArgumentException(where + " rule '" + read.name() + "' names the flag '" + flag
                        + "', which the routing's flags do not declare");
            });
            rules.add(read);
        }
        return new RoutingTable(queue, rules, flags);
    }

    /** {@code flags: {id: {label: {en:, cy:}, when: {question: [values]}, support-needs: [keys]}}} */
    private static List<RoutingFlag> flags(Object written, String where) {
        if (written == null) {
            return List.of();
        }
        if (!(written instanceof Map<?, ?> declared)) {
            throw new IllegalArgumentException(where + " must map flag ids to a label and the answers that raise them");
        }
        List<RoutingFlag> flags = new ArrayList<>();
        declared.forEach((id, flag) -> {
            String named = where + " '" + id + "'";
            if (!(flag instanceof Map<?, ?> settings) || !(settings.get("label") instanceof Map<?, ?> label)) {
                throw new IllegalArgumentException(named + " needs a label in English and Welsh, {en: ..., cy: ...}");
            }
            settings.keySet().stream().filter(key -> !FLAG_KEYS.contains(key)).findFirst().ifPresent(key -> {
                throw new IllegalArgumentException(named + " has an unknown key '" + key + "'; use " + FLAG_KEYS);
            });
            Map<String, Set<String>> when = answers(settings.get("when"), named);
            Set<String> supportNeeds = Set.copyOf(texts(settings.get("support-needs"), named + " support-needs"));
            if (when.isEmpty() && supportNeeds.isEmpty()) {
                throw new IllegalArgumentException(named + " needs the answers (when) or the support needs"
                        + " (support-needs) that raise it");
            }
            supportNeeds.stream().filter(need -> SupportNeed.fromKey(need).isEmpty()).sorted().findFirst()
                    .ifPresent(need -> {
                        throw new IllegalArgumentException(named + " names the support need '" + need
                                + "', which is not one of " + SUPPORT_NEEDS);
                    });
            flags.add(new RoutingFlag(String.valueOf(id), new Text(text(label.get("en"), named + " label en"),
                    text(label.get("cy"), named + " label cy")), when, supportNeeds));
        });
        return flags;
    }

    private static RoutingRule rule(Object written, String where, String defaultQueue) {
        if (!(written instanceof Map<?, ?> rule)) {
            throw new IllegalArgumentException(where + " must be a mapping");
        }
        rule.keySet().stream().filter(key -> !RULE_KEYS.contains(key)).findFirst().ifPresent(key -> {
            throw new IllegalArgumentException(where + " has an unknown key '" + key + "'; use " + RULE_KEYS);
        });
        String name = text(rule.get("name"), where + " name");
        String named = where + " '" + name + "'";
        return new RoutingRule(name, answers(rule.get("when"), named), Set.copyOf(texts(rule.get("wards"), named + " wards")),
                values(rule.get("channels"), named + " channels", RoutingTables::channel),
                values(rule.get("priorities"), named + " priorities", RoutingTables::priority),
                Set.copyOf(texts(rule.get("flags"), named + " flags")),
                rule.get("queue") == null ? defaultQueue : text(rule.get("queue"), named + " queue"),
                rule.get("priority") == null ? null
                        : parsed(text(rule.get("priority"), named + " priority"), named + " priority", RoutingTables::priority));
    }

    private static Map<String, Set<String>> answers(Object written, String where) {
        if (written == null) {
            return Map.of();
        }
        if (!(written instanceof Map<?, ?> when)) {
            throw new IllegalArgumentException(where + " when must map question ids to lists of answers");
        }
        Map<String, Set<String>> answers = new LinkedHashMap<>();
        when.forEach((question, values) -> answers.put(String.valueOf(question),
                Set.copyOf(texts(values, where + " when " + question))));
        return answers;
    }

    private static <T> Set<T> values(Object written, String where, Function<String, T> parse) {
        return texts(written, where).stream().map(text -> parsed(text, where, parse)).collect(Collectors.toUnmodifiableSet());
    }

    private static <T> T parsed(String text, String where, Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static List<String> texts(Object written, String where) {
        return list(written, where).stream().map(value -> text(value, where)).toList();
    }

    private static Collection<?> list(Object written, String where) {
        if (written == null) {
            return List.of();
        }
        if (!(written instanceof List<?> list)) {
            throw new IllegalArgumentException(where + " must be a list");
        }
        return list;
    }

    private static String text(Object written, String where) {
        if (written == null || String.valueOf(written).isBlank()) {
            throw new IllegalArgumentException(where + " is missing");
        }
        return String.valueOf(written);
    }

    private static Channel channel(String written) {
        try {
            return Channel.valueOf(written.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + written + "' is not a channel: use web, phone, face-to-face or api");
        }
    }

    private static Priority priority(String written) {
        return Priority.named(written).orElseThrow(() ->
                new IllegalArgumentException("'" + written + "' is not a priority: use low, normal, high or urgent"));
    }
}
