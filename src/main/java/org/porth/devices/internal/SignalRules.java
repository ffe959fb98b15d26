package org.porth.devices.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.porth.catalogue.Catalogue;
import org.porth.devices.DeviceKind;
import org.porth.devices.internal.SignalRule.Clock;
import org.porth.devices.internal.SignalRule.Threshold;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The rules of {@code devices/signal-rules.yaml}, read and checked when the portal starts, as the
 * service definitions are: a rule naming an unknown service, kind or key, a threshold that clears
 * on the wrong side, or two rules for one condition and kind stop start-up with the rule named.
 */
@Component
public class SignalRules {

    private static final Set<String> KEYS = Set.of("condition", "kinds", "service", "severity", "clock", "reading",
            "missed-reports");
    private static final Set<String> READING_KEYS = Set.of("metric", "unit", "above", "below", "for", "clear-at");
    private static final Set<String> SEVERITIES = Set.of("emergency", "significant", "info");

    private final List<SignalRule> rules;

    SignalRules(@Value("${porth.devices.rules:classpath:devices/signal-rules.yaml}") Resource file, Catalogue catalogue) {
        this.rules = read(file, service -> catalogue.current(service).isPresent());
    }

    /** The rule for a condition of a kind of device, if there is one. */
    Optional<SignalRule> forCondition(DeviceKind kind, String condition) {
        return rules.stream().filter(rule -> rule.kinds().contains(kind) && rule.condition().equals(condition)).findFirst();
    }

    /** The rules that readings of a metric can raise for a kind of device. */
    List<SignalRule> forMetric(DeviceKind kind, String metric) {
        return rules.stream().filter(rule -> rule.kinds().contains(kind)
                && rule.reading().map(reading -> reading.metric().equals(metric)).orElse(false)).toList();
    }

    /** Whether any rule reads this metric for this kind (a metric no rule knows is refused). */
    boolean knowsMetric(DeviceKind kind, String metric) {
        return !forMetric(kind, metric).isEmpty();
    }

    static List<SignalRule> read(Resource file, java.util.function.Predicate<String> serviceExists) {
        try (InputStream in = file.getInputStream()) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(root instanceof Map<?, ?> top) || !(top.get("rules") instanceof List<?> entries)) {
                throw new IllegalStateException(file + ": expected a list under \"rules\"");
            }
            List<SignalRule> rules = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                SignalRule rule = rule(entries.get(i), file + ", rule " + (i + 1), serviceExists);
                rules.stream().filter(earlier -> earlier.condition().equals(rule.condition())
                        && earlier.kinds().stream().anyMatch(rule.kinds()::contains)).findFirst().ifPresent(earlier -> {
                            throw new IllegalStateException(file + ": two rules for condition \"" + rule.condition()
                                    + "\" and the same kind of device");
                        });
                rules.add(rule);
            }
            return List.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read device signal rules from " + file, e);
        }
    }

    private static SignalRule rule(Object entry, String where, java.util.function.Predicate<String> serviceExists) {
        Map<?, ?> map = map(entry, where, KEYS);
        String condition = text(map, "condition", where);
        where = where + " (" + condition + ")";
        Set<DeviceKind> kinds = EnumSet.noneOf(DeviceKind.class);
        if (!(map.get("kinds") instanceof List<?> listed) || listed.isEmpty()) {
            throw new IllegalStateException(where + ": \"kinds\" must list device kinds, e.g. [DAMP]");
        }
        for (Object kind : listed) {
            try {
                kinds.add(DeviceKind.valueOf(String.valueOf(kind)));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalStateException(where + ": unknown device kind \"" + kind + "\"; one of "
                        + List.of(DeviceKind.values()));
            }
        }
        String service = text(map, "service", where);
        if (!serviceExists.test(service)) {
            throw new IllegalStateException(where + ": no service \"" + service + "\" in services/");
        }
        String severity = text(map, "severity", where);
        if (!SEVERITIES.contains(severity)) {
            throw new IllegalStateException(where + ": severity \"" + severity + "\" is not one of " + SEVERITIES);
        }
        Clock clock = switch (text(map, "clock", where)) {
            case "service-level" -> Clock.SERVICE_LEVEL;
            case "awaab" -> Clock.AWAAB;
            default -> throw new IllegalStateException(where + ": clock must be service-level or awaab");
        };
        Optional<Threshold> reading = map.containsKey("reading") ? Optional.of(threshold(map.get("reading"), where))
                : Optional.empty();
        int missed = map.containsKey("missed-reports") ? number(map, "missed-reports", where).intValue() : 0;
        if (SignalRule.SILENT.equals(condition) != missed > 0) {
            throw new IllegalStateException(where + ": \"missed-reports\" (at least 1) belongs to the silent condition only");
        }
        return new SignalRule(condition, kinds, service, severity, clock, reading, missed);
    }

    private static Threshold threshold(Object entry, String where) {
        String at = where + ", reading";
        Map<?, ?> map = map(entry, at, READING_KEYS);
        if (map.containsKey("above") == map.containsKey("below")) {
            throw new IllegalStateException(at + ": give either \"above\" or \"below\"");
        }
        boolean above = map.containsKey("above");
        double threshold = number(map, above ? "above" : "below", at).doubleValue();
        double clearAt = number(map, "clear-at", at).doubleValue();
        if (above ? clearAt > threshold : clearAt < threshold) {
            throw new IllegalStateException(at + ": \"clear-at\" " + clearAt + " must be on the safe side of the threshold "
                    + threshold + ", or the condition would flap");
        }
        Duration holdFor;
        try {
            holdFor = Duration.parse(text(map, "for", at).toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException notADuration) {
            throw new IllegalStateException(at + ": \"for\" must be an ISO-8601 duration such as PT2H or P3D");
        }
        if (holdFor.isNegative()) {
            throw new IllegalStateException(at + ": \"for\" must not be negative");
        }
        return new Threshold(text(map, "metric", at), text(map, "unit", at), above, threshold, holdFor, clearAt);
    }

    private static Map<?, ?> map(Object entry, String where, Set<String> keys) {
        if (!(entry instanceof Map<?, ?> map)) {
            throw new IllegalStateException(where + ": expected keys " + keys);
        }
        map.keySet().stream().filter(key -> !keys.contains(String.valueOf(key))).findFirst().ifPresent(key -> {
            throw new IllegalStateException(where + ": unknown key \"" + key + "\"; the keys are " + keys);
        });
        return map;
    }

    private static String text(Map<?, ?> map, String key, String where) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException(where + ": \"" + key + "\" is missing");
        }
        return value.toString();
    }

    private static Number number(Map<?, ?> map, String key, String where) {
        if (!(map.get(key) instanceof Number number)) {
            throw new IllegalStateException(where + ": \"" + key + "\" must be a number");
        }
        return number;
    }
}
