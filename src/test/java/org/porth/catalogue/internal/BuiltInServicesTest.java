package org.porth.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.porth.catalogue.Channel;
import org.porth.catalogue.Page;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.ServiceKind;
import org.porth.catalogue.ServiceLevel;
import org.porth.catalogue.UploadLimits;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The services Porth ships with read without a problem, and between them show every part of a
 * definition, so the form engine and the later features have real services to work with.
 */
class BuiltInServicesTest {

    private static final List<ServiceDefinition> SERVICES = Definitions.read(
            new DefinitionFiles(new CatalogueProperties(null), new PathMatchingResourcePatternResolver()))
            .services().stream().map(Definitions.Read::definition).toList();

    @Test
    void theRealWorldServicesAreAllThere() {
        assertThat(SERVICES).extracting(ServiceDefinition::id).containsExactlyInAnyOrder("missed-bin", "bulky-waste",
                "garden-waste", "pothole", "street-light", "single-person-discount", "moving-home", "housing-repair",
                "blue-badge", "social-care-assessment", "school-place", "register-birth",
                "sensor-damp", "sensor-bin", "sensor-gully", "sensor-wellbeing");
    }

    @Test
    void everyQuestionTypeIsUsed() {
        assertThat(questions().map(Question::type).distinct()).containsExactlyInAnyOrder(QuestionType.values());
    }

    @Test
    void conditionsExitsPrefillsAndMessageOverridesAreUsed() {
        assertThat(pages().filter(page -> page.showIf() != null)).isNotEmpty();
        assertThat(questions().filter(question -> question.showIf() != null)).isNotEmpty();
        assertThat(pages().flatMap(page -> page.exits().stream())).hasSizeGreaterThanOrEqualTo(8);
        assertThat(questions().map(Question::prefill).filter(Objects::nonNull).distinct())
                .containsExactlyInAnyOrder("name", "email", "phone", "address", "date-of-birth");
        assertThat(questions().filter(question -> !question.errors().isEmpty())).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void photosOfAPotholeAreLimitedToThreeImagesOfTenMegabytes() {
        UploadLimits photos = service("pothole").question("photos").orElseThrow().upload();

        assertThat(photos.maxFiles()).isEqualTo(3);
        assertThat(photos.maxBytesPerFile()).isEqualTo(10L * 1024 * 1024);
        assertThat(photos.types()).containsExactlyInAnyOrder(
                UploadLimits.FileType.JPEG, UploadLimits.FileType.PNG, UploadLimits.FileType.HEIC);
    }

    @Test
    void serviceLevelsKindsChannelsAndHooks() {
        assertThat(service("missed-bin").serviceLevel()).isEqualTo(new ServiceLevel(2, ServiceLevel.Unit.WORKING_DAYS));
        assertThat(service("housing-repair").serviceLevel()).isEqualTo(new ServiceLevel(4, ServiceLevel.Unit.WORKING_HOURS));
        assertThat(SERVICES).extracting(ServiceDefinition::kind).contains(ServiceKind.values());
        assertThat(SERVICES.stream().flatMap(service -> service.channels().stream())).contains(Channel.values());
        assertThat(SERVICES).allSatisfy(service -> assertThat(service.routing()).containsKey("default-queue"));
        assertThat(SERVICES).filteredOn(service -> !service.booking().isEmpty()).extracting(ServiceDefinition::id)
                .containsExactlyInAnyOrder("bulky-waste", "register-birth");
    }

    @Test
    void theHousingRepairServiceIsForCouncilTenantsOnly() {
        Page tenant = service("housing-repair").pages().getFirst();

        assertThat(tenant.exits()).singleElement().satisfies(exit -> {
            assertThat(exit.when().question()).isEqualTo("tenant");
            assertThat(exit.when().values()).containsExactly("no");
            assertThat(exit.reason().en()).isEqualTo("This service is only for council tenants.");
        });
    }

    @Test
    void everyTopicHasServices() {
        assertThat(SERVICES.stream().flatMap(service -> service.topics().stream()).distinct()).containsExactlyInAnyOrder(
                "waste", "roads-and-streets", "council-tax", "housing", "social-care", "schools",
                "births-deaths-marriages", "blue-badges-and-parking");
    }

    private static ServiceDefinition service(String id) {
        return SERVICES.stream().filter(service -> service.id().equals(id)).findFirst().orElseThrow();
    }

    private static Stream<Page> pages() {
        return SERVICES.stream().flatMap(service -> service.pages().stream());
    }

    private static Stream<Question> questions() {
        return pages().flatMap(page -> page.questions().stream());
    }
}
