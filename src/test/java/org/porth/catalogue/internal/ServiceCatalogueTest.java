package org.porth.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Topic;
import org.porth.shared.Language;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.transaction.PlatformTransactionManager;

/** The built-in catalogue as residents find it: topics, services in name order, by topic, current versions. */
class ServiceCatalogueTest {

    /** A first start: no version stored yet, so every service is published as version 1. */
    private final ServiceCatalogue catalogue = new ServiceCatalogue(
            new DefinitionFiles(new CatalogueProperties(null), new PathMatchingResourcePatternResolver()),
            new ServiceVersions(mock(PublishedVersionRepository.class), mock(PlatformTransactionManager.class),
                    Clock.systemUTC()));

    @Test
    void topicsComeInTheOrderOfTheTopicsFile() {
        assertThat(catalogue.topics()).extracting(Topic::id).containsExactly("waste", "roads-and-streets",
                "council-tax", "housing", "social-care", "schools", "births-deaths-marriages", "blue-badges-and-parking");
    }

    @Test
    void servicesAreInNameOrderForTheLanguage() {
        assertThat(names(catalogue.services(Language.ENGLISH), Language.ENGLISH)).startsWith(
                "Apply for a Blue Badge", "Apply for a Council Tax single person discount", "Apply for a school place",
                "Book an appointment to register a birth");
        assertThat(names(catalogue.services(Language.WELSH), Language.WELSH)).startsWith(
                "Adolygiad llesiant o signal teleofal neu ddyfais wisgadwy",
                "Bin sbwriel yn llawn neu ar dân, o'i synhwyrydd", "Gofyn am asesiad gofal cymdeithasol i oedolion",
                "Gofyn am atgyweiriad i'ch cartref (tenantiaid y cyngor)", "Gofyn am gasgliad gwastraff swmpus")
                .endsWith("Tanysgrifio i gasgliadau gwastraff gardd", "Trefnu apwyntiad i gofrestru genedigaeth");
    }

    /** Not the sensor's bin service: a device's signal opens it, never a resident. */
    @Test
    void aTopicListsItsServices() {
        assertThat(catalogue.servicesInTopic("waste", Language.ENGLISH)).extracting(ServiceDefinition::id)
                .containsExactly("missed-bin", "bulky-waste", "garden-waste");
        assertThat(catalogue.servicesInTopic("no-such-topic", Language.ENGLISH)).isEmpty();
    }

    @Test
    void theCurrentVersionOfAServiceIsTheOneItWasPublishedAs() {
        assertThat(catalogue.current("missed-bin")).get().satisfies(service -> {
            assertThat(service.version()).isEqualTo(1);
            assertThat(service.name().en()).isEqualTo("Report a missed bin collection");
        });
        assertThat(catalogue.version("missed-bin", 1)).get().extracting(ServiceDefinition::id).isEqualTo("missed-bin");
        assertThat(catalogue.current("no-such-service")).isEmpty();
    }

    @Test
    void searchFindsServicesWhateverTheLanguageOfThePage() {
        assertThat(catalogue.search("bin", Language.WELSH)).extracting(ServiceDefinition::id)
                .contains("missed-bin", "garden-waste", "bulky-waste");
    }

    private static List<String> names(List<ServiceDefinition> services, Language language) {
        return services.stream().map(service -> service.name().in(language)).toList();
    }
}
