package org.porth.catalogue;

import java.util.List;
import java.util.Optional;

import org.porth.shared.Language;

/** The council's services: find them, and read any version of their definitions. */
public interface Catalogue {

    List<Topic> topics();

    /** The current version of every service, in name order for the language. */
    List<ServiceDefinition> services(Language language);

    /** The services of a topic that residents can use online, in name order for the language. */
    List<ServiceDefinition> servicesInTopic(String topicId, Language language);

    /**
     * Services residents can use online matching the words, best first; English and Welsh names and
     * keywords both count.
     */
    List<ServiceDefinition> search(String words, Language language);

    /** Other pages residents look for (a booking made on its own) matching the words, as {@link #search} finds services. */
    List<OtherPage> searchOtherPages(String words, Language language);

    Optional<ServiceDefinition> current(String serviceId);

    /** A published version; every version a request was made on stays readable. */
    Optional<ServiceDefinition> version(String serviceId, int version);
}
