package org.porth.catalogue.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.porth.catalogue.Text;
import org.porth.catalogue.Topic;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads {@code topics.yaml}: a list of {@code {id, name: {en, cy}, description: {en, cy}}}, in browsing order. */
final class TopicReader {

    private static final Set<String> KEYS = Set.of("id", "name", "description");

    private TopicReader() {
    }

    static List<Topic> read(YamlFile file) {
        List<Topic> topics = new ArrayList<>();
        file.root().ifPresent(root -> {
            if (!(root instanceof SequenceNode list)) {
                file.problem(root, "the topics must be a list, each with an id, a name and a description");
                return;
            }
            Set<String> ids = new HashSet<>();
            list.getValue().forEach(node -> {
                String owner = Peek.id(node).map(id -> "topic '" + id + "'").orElse("a topic");
                YamlMap.of(file, node, owner, KEYS).ifPresent(topic -> {
                    Optional<String> id = FormSoFar.id(topic, "id", "topic id");
                    Optional<Text> name = topic.requiredText("name");
                    Optional<Text> description = topic.requiredText("description");
                    if (id.isPresent() && !ids.add(id.get())) {
                        topic.problem("id", "topic id '" + id.get() + "' is used twice");
                    } else if (id.isPresent() && name.isPresent() && description.isPresent()) {
                        topics.add(new Topic(id.get(), name.get(), description.get()));
                    }
                });
            });
        });
        return topics;
    }
}
