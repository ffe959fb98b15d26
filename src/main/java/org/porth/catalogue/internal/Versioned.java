package org.porth.catalogue.internal;

import org.porth.catalogue.ServiceDefinition;

/** A definition numbered with the version it was published as. */
final class Versioned {

    private Versioned() {
    }

    static ServiceDefinition as(ServiceDefinition read, int version) {
        return new ServiceDefinition(read.id(), version, read.name(), read.summary(), read.department(), read.topics(),
                read.keywords(), read.kind(), read.channels(), read.startPage(), read.serviceLevel(),
                read.declaration(), read.pages(), read.routing(), read.booking(),
                read.caseSummary(), read.open311());
    }

    /**
     * A stored version, read from its text. It passed every check when it was published; the topic
     * check is left out, as topics may have been retired since and only matter for browsing.
     */
    static ServiceDefinition read(String serviceId, int version, String text) {
        Problems problems = new Problems();
        YamlFile file = new YamlFile(serviceId + " version " + version, text, problems);
        ServiceDefinition read = DefinitionReader.read(file, serviceId, null).orElse(null);
        problems.throwIfAny();
        return as(read, version);
    }
}
