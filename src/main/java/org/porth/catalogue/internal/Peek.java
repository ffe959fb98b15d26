package org.porth.catalogue.internal;

import java.util.Optional;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** A look at one value of a mapping before it is read, so problems can name it ("question 'bin-type'"). */
final class Peek {

    private Peek() {
    }

    static Optional<String> id(Node node) {
        return string(node, "id");
    }

    static Optional<String> string(Node node, String key) {
        if (!(node instanceof MappingNode mapping)) {
            return Optional.empty();
        }
        return mapping.getValue().stream()
                .filter(tuple -> tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
                .map(tuple -> tuple.getValueNode())
                .filter(ScalarNode.class::isInstance)
                .map(value -> ((ScalarNode) value).getValue().strip())
                .filter(value -> !value.isBlank())
                .findFirst();
    }
}
