package org.porth.catalogue.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.catalogue.OtherPage;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Topic;
import org.porth.shared.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The catalogue read from the definition files at start-up: checked (a problem stops start-up),
 * each service published as a numbered version, and searchable. Older versions are read back from
 * the database when a request made on one needs them, and kept once read.
 */
@Service
@PreAuthorize("permitAll()")
class ServiceCatalogue implements Catalogue {

    private final ServiceVersions versions;
    private final List<Topic> topics;
    private final Map<String, ServiceDefinition> current = new LinkedHashMap<>();
    private final ServiceSearch<ServiceDefinition> search;
    private final ServiceSearch<OtherPage> otherPages;
    private final Map<PublishedVersion.Key, ServiceDefinition> older = new ConcurrentHashMap<>();

    ServiceCatalogue(DefinitionFiles files, ServiceVersions versions) {
        this.versions = versions;
        Definitions.All definitions = Definitions.read(files);
        topics = definitions.topics();
        definitions.services().forEach(read -> {
            ServiceDefinition definition = read.definition();
            current.put(definition.id(), Versioned.as(definition, versions.publish(definition.id(), read.text())));
        });
        Synonyms synonyms = Synonyms.builtIn();
        search = ServiceSearch.ofServices(current.values().stream().filter(ServiceCatalogue::forResidents).toList(),
                synonyms);
        otherPages = ServiceSearch.ofOtherPages(definitions.otherPages(), synonyms);
    }

    @Override
    public List<Topic> topics() {
        return topics;
    }

    @Override
    public List<ServiceDefinition> services(Language language) {
        return current.values().stream().sorted(NameOrder.of(language)).toList();
    }

    @Override
    public List<ServiceDefinition> servicesInTopic(String topicId, Language language) {
        return services(language).stream().filter(ServiceCatalogue::forResidents)
                .filter(service -> service.topics().contains(topicId)).toList();
    }

    @Override
    public List<ServiceDefinition> search(String words, Language language) {
        return search.find(words, NameOrder.of(language));
    }

    @Override
    public List<OtherPage> searchOtherPages(String words, Language language) {
        return otherPages.find(words, NameOrder.of(language, OtherPage::name));
    }

    /** Residents find only what they can use online: not a service that a device's signal opens, say. */
    private static boolean forResidents(ServiceDefinition service) {
        return service.channels().contains(Channel.WEB);
    }

    @Override
    public Optional<ServiceDefinition> current(String serviceId) {
        return Optional.ofNullable(current.get(serviceId));
    }

    @Override
    public Optional<ServiceDefinition> version(String serviceId, int version) {
        ServiceDefinition latest = current.get(serviceId);
        if (latest != null && latest.version() == version) {
            return Optional.of(latest);
        }
        PublishedVersion.Key key = new PublishedVersion.Key(serviceId, version);
        ServiceDefinition cached = older.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ServiceDefinition> stored = versions.definition(serviceId, version)
                .map(text -> Versioned.read(serviceId, version, text));
        stored.ifPresent(definition -> older.putIfAbsent(key, definition));
        return stored;
    }
}
