package org.porth.catalogue.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.porth.catalogue.Text;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read key by key. Every problem is reported with the file and line it is on, and
 * reading carries on, so that one start-up lists every problem in a file. A getter that finds a
 * problem reports it and returns empty.
 *
 * @param owner what the mapping is, as problems name it: "question 'bin-type'"
 */
final class YamlMap {

    private final YamlFile file;
    private final Node node;
    private final String owner;
    private final Map<String, NodeTuple> entries;

    private YamlMap(YamlFile file, Node node, String owner, Map<String, NodeTuple> entries) {
        this.file = file;
        this.node = node;
        this.owner = owner;
        this.entries = entries;
    }

    /** The mapping at the node, reporting keys that are not among {@code keys} (typos) and repeated keys. */
    static Optional<YamlMap> of(YamlFile file, Node node, String owner, Set<String> keys) {
        if (!(node instanceof MappingNode mapping)) {
            file.problem(node, owner + " must be a mapping of keys and values");
            return Optional.empty();
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (!keys.contains(key)) {
                file.problem(tuple.getKeyNode(), "unknown key '" + key + "' in " + owner + suggestion(key, keys));
            } else if (entries.putIfAbsent(key, tuple) != null) {
                file.problem(tuple.getKeyNode(), "'" + key + "' appears twice in " + owner);
            }
        }
        return Optional.of(new YamlMap(file, node, owner, entries));
    }

    String owner() {
        return owner;
    }

    YamlFile file() {
        return file;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<Node> value(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    /** A problem with the mapping as a whole, reported on its first line. */
    void problem(String problem) {
        file.problem(node, problem);
    }

    /** A problem with one key's value, reported on that value's line. */
    void problem(String key, String problem) {
        file.problem(value(key).orElse(node), problem);
    }

    /** Reports "question 'x' has no 'label'" when the key is missing; true when it is there. */
    boolean require(String key) {
        if (!has(key)) {
            problem(owner + " has no '" + key + "'");
        }
        return has(key);
    }

    Optional<String> string(String key) {
        return value(key).flatMap(value -> scalar(key, value));
    }

    Optional<String> requiredString(String key) {
        return require(key) ? string(key) : Optional.empty();
    }

    Optional<Integer> integer(String key) {
        return string(key).flatMap(value -> {
            try {
                return Optional.of(Integer.valueOf(value));
            } catch (NumberFormatException e) {
                problem(key, described(key) + " must be a whole number");
                return Optional.empty();
            }
        });
    }

    Optional<BigDecimal> decimal(String key) {
        return string(key).flatMap(value -> {
            try {
                return Optional.of(new BigDecimal(value));
            } catch (NumberFormatException e) {
                problem(key, described(key) + " must be a number");
                return Optional.empty();
            }
        });
    }

    /** A yes-or-no setting, false when missing. */
    boolean flag(String key) {
        return string(key).map(value -> switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problem(key, described(key) + " must be true or false");
                yield false;
            }
        }).orElse(false);
    }

    Optional<List<Node>> list(String key) {
        return value(key).flatMap(value -> {
            if (value instanceof SequenceNode sequence) {
                return Optional.of(sequence.getValue());
            }
            problem(key, described(key) + " must be a list");
            return Optional.empty();
        });
    }

    /** A list of single values, such as {@code [web, phone]}. */
    Optional<List<String>> strings(String key) {
        return list(key).map(items -> {
            List<String> values = new ArrayList<>();
            items.forEach(item -> scalar(key, item).ifPresent(values::add));
            return values;
        });
    }

    Optional<YamlMap> map(String key, String owner, Set<String> keys) {
        return value(key).flatMap(value -> of(file, value, owner, keys));
    }

    /** A text a council writes, with both an English and a Welsh version: {@code {en: ..., cy: ...}}. */
    Optional<Text> text(String key) {
        return value(key).flatMap(value -> {
            if (!(value instanceof MappingNode)) {
                file.problem(value, described(key) + " must have an English and a Welsh text: {en: ..., cy: ...}");
                return Optional.empty();
            }
            return of(file, value, described(key), Set.of("en", "cy"));
        }).flatMap(text -> {
            Optional<String> english = text.language("en", "English");
            Optional<String> welsh = text.language("cy", "Welsh");
            return english.isPresent() && welsh.isPresent()
                    ? Optional.of(new Text(english.get(), welsh.get())) : Optional.empty();
        });
    }

    Optional<Text> requiredText(String key) {
        return require(key) ? text(key) : Optional.empty();
    }

    /** One of a fixed set of names, e.g. a channel; unknown names are reported with the known ones. */
    <T> Optional<T> choice(String key, Map<String, T> known, String what) {
        return string(key).flatMap(name -> YamlNames.find(known, name, what, message -> problem(key, message)));
    }

    /** "'max-length' in question 'x'": how problems name one of this mapping's keys. */
    String described(String key) {
        return "'" + key + "' in " + owner;
    }

    private Optional<String> language(String code, String language) {
        Optional<String> text = value(code).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue())
                .filter(value -> !value.isBlank());
        if (text.isEmpty()) {
            problem(code, owner + " has no " + language + " text ('" + code + "')");
        }
        return text;
    }

    private Optional<String> scalar(String key, Node value) {
        if (!(value instanceof ScalarNode scalar)) {
            file.problem(value, described(key) + " must be a single value, not a list or mapping");
            return Optional.empty();
        }
        if (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank()) {
            file.problem(value, described(key) + " is empty");
            return Optional.empty();
        }
        return Optional.of(scalar.getValue().strip());
    }

    /** " (did you mean 'label'?)" for a key one or two typing slips away from a known one. */
    private static String suggestion(String key, Set<String> keys) {
        return keys.stream().filter(known -> editDistance(key, known) <= 2)
                .min(Comparator.comparingInt((String known) -> editDistance(key, known)).thenComparing(known -> known))
                .map(known -> " (did you mean '" + known + "'?)").orElse("");
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
