package org.porth.catalogue.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Settings kept as written for a later feature (routing rules, booking): nested maps, lists and
 * values (text, whole numbers, true/false). Only their form is checked here; the feature that uses
 * them checks their meaning.
 */
final class FreeForm {

    private FreeForm() {
    }

    static Map<String, Object> read(YamlMap parent, String key) {
        Optional<Node> node = parent.value(key);
        if (node.isEmpty()) {
            return Map.of();
        }
        if (!(node.get() instanceof MappingNode)) {
            parent.problem(key, parent.described(key) + " must be a mapping of keys and values");
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = (Map<String, Object>) value(parent.file(), node.get(), parent.described(key));
        return settings;
    }

    private static Object value(YamlFile file, Node node, String where) {
        return switch (node) {
            case MappingNode mapping -> {
                Map<String, Object> map = new LinkedHashMap<>();
                mapping.getValue().forEach(tuple -> {
                    if (tuple.getKeyNode() instanceof ScalarNode key) {
                        map.put(key.getValue(), value(file, tuple.getValueNode(), where));
                    } else {
                        file.problem(tuple.getKeyNode(), where + " has a key that is not a single word");
                    }
                });
                yield Collections.unmodifiableMap(map);
            }
            case SequenceNode sequence -> {
                List<Object> list = new ArrayList<>();
                sequence.getValue().forEach(item -> list.add(value(file, item, where)));
                yield Collections.unmodifiableList(list);
            }
            case ScalarNode scalar -> scalar(file, scalar, where);
            default -> "";
        };
    }

    private static Object scalar(YamlFile file, ScalarNode scalar, String where) {
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            file.problem(scalar, where + " has an empty value");
            return "";
        }
        String text = scalar.getValue();
        // only true and false: "yes" and "no" stay text, as the answers to yes-no questions are
        if (tag.equals(Tag.BOOL) && (text.equals("true") || text.equals("false"))) {
            return Boolean.valueOf(text);
        }
        if (tag.equals(Tag.INT) && text.matches("-?\\d{1,18}")) {
            return Long.valueOf(text);
        }
        return text;
    }
}
