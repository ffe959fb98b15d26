package org.porth.catalogue.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.porth.catalogue.OtherPage;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Topic;

/**
 * Every definition file read and checked together: a problem in any of them stops start-up with
 * the whole list, so a council fixes them in one go.
 */
final class Definitions {

    /** A definition as read (at version 0), with the text it was read from. */
    record Read(ServiceDefinition definition, String text) {
    }

    record All(List<Topic> topics, List<Read> services, List<OtherPage> otherPages) {
    }

    private Definitions() {
    }

    static All read(DefinitionFiles files) {
        Problems problems = new Problems();
        Map<String, Topic> topics = new LinkedHashMap<>();
        files.topics().forEach(source -> TopicReader.read(new YamlFile(source.name(), source.text(), problems))
                .forEach(topic -> topics.put(topic.id(), topic)));
        List<Read> services = new ArrayList<>();
        files.services().forEach((id, source) -> {
            YamlFile file = new YamlFile(source.name(), source.text(), problems);
            DefinitionReader.read(file, id, topics.keySet())
                    .ifPresent(definition -> services.add(new Read(definition, file.text())));
        });
        Map<String, OtherPage> otherPages = new LinkedHashMap<>();
        files.otherPages().forEach(source -> OtherPageReader.read(new YamlFile(source.name(), source.text(), problems))
                .forEach(page -> otherPages.put(page.path(), page)));
        problems.throwIfAny();
        return new All(List.copyOf(topics.values()), List.copyOf(services), List.copyOf(otherPages.values()));
    }
}
