package org.porth.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.porth.catalogue.ServiceDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each database must do for versioned definitions: a changed definition becomes the next
 * version, an unchanged one keeps its number, every version stays readable, and a node that loses
 * the race to publish a version number reads again instead of failing or overwriting.
 * Publishing commits in transactions of its own, so these tests run outside a test transaction,
 * each with service ids of its own.
 */
@DataJpaTest(showSql = false, properties = {"spring.flyway.enabled=true", "spring.jpa.hibernate.ddl-auto=validate"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class CatalogueVersionsContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @Autowired
    private PublishedVersionRepository repository;
    @Autowired
    private PlatformTransactionManager transactions;
    @TempDir
    private Path councilFolder;

    @Test
    void aChangedDefinitionBecomesTheNextVersionAndTheOldOneStaysReadable() throws IOException {
        String original = TestDefinitions.text("valid").replace("id: valid", "id: bin-report");
        Files.writeString(councilFolder.resolve("bin-report.yaml"), original);
        assertThat(startCatalogue().current("bin-report")).get().extracting(ServiceDefinition::version).isEqualTo(1);

        Files.writeString(councilFolder.resolve("bin-report.yaml"),
                original.replace("Which bin was missed?", "Which bins were missed?"));
        ServiceCatalogue restarted = startCatalogue();

        assertThat(restarted.current("bin-report")).get().satisfies(current -> {
            assertThat(current.version()).isEqualTo(2);
            assertThat(current.question("bin-type").orElseThrow().label().en()).isEqualTo("Which bins were missed?");
        });
        assertThat(restarted.version("bin-report", 1)).get().satisfies(first -> {
            assertThat(first.version()).isEqualTo(1);
            assertThat(first.question("bin-type").orElseThrow().label().en()).isEqualTo("Which bin was missed?");
        });
        assertThat(restarted.version("bin-report", 3)).isEmpty();
        assertThat(restarted.version("no-such-service", 1)).isEmpty();
    }

    @Test
    void anUnchangedDefinitionKeepsItsVersion() throws IOException {
        Files.writeString(councilFolder.resolve("quiet-service.yaml"),
                TestDefinitions.text("valid").replace("id: valid", "id: quiet-service"));
        startCatalogue();
        ServiceCatalogue restarted = startCatalogue();

        assertThat(restarted.current("quiet-service")).get().extracting(ServiceDefinition::version).isEqualTo(1);
        assertThat(repository.findByServiceIdAndVersion("quiet-service", 2)).isEmpty();
        assertThat(restarted.current("missed-bin")).get().extracting(ServiceDefinition::version).isEqualTo(1);
    }

    @Test
    void aNodeThatLosesTheRaceWithTheSameTextTakesTheWinnersNumber() {
        new ServiceVersions(repository, transactions, CLOCK).publish("race-same", "text: one\n");
        // this node read before the other node's version was committed, so it tries number 1 too
        ServiceVersions lateNode = new ServiceVersions(staleOnce(repository), transactions, CLOCK);

        assertThat(lateNode.publish("race-same", "text: one\n")).isEqualTo(1);
        assertThat(repository.findFirstByServiceIdOrderByVersionDesc("race-same")).get()
                .extracting(PublishedVersion::version).isEqualTo(1);
    }

    @Test
    void aNodeThatLosesTheRaceWithAnotherTextTakesTheNextNumber() {
        new ServiceVersions(repository, transactions, CLOCK).publish("race-other", "text: one\n");
        ServiceVersions lateNode = new ServiceVersions(staleOnce(repository), transactions, CLOCK);

        assertThat(lateNode.publish("race-other", "text: two\n")).isEqualTo(2);
        assertThat(repository.findByServiceIdAndVersion("race-other", 1)).get()
                .extracting(PublishedVersion::definition).isEqualTo("text: one\n");
        assertThat(repository.findByServiceIdAndVersion("race-other", 2)).get().satisfies(version -> {
            assertThat(version.definition()).isEqualTo("text: two\n");
            assertThat(version.contentSha256()).isEqualTo(ServiceVersions.sha256("text: two\n"));
            assertThat(version.publishedAt()).isEqualTo(CLOCK.instant());
        });
    }

    private ServiceCatalogue startCatalogue() {
        DefinitionFiles files = new DefinitionFiles(new CatalogueProperties(councilFolder.toUri().toString()),
                new PathMatchingResourcePatternResolver());
        return new ServiceCatalogue(files, new ServiceVersions(repository, transactions, CLOCK));
    }

    /** The repository as a node sees it when another node commits just after its first read. */
    private static PublishedVersionRepository staleOnce(PublishedVersionRepository repository) {
        AtomicBoolean stale = new AtomicBoolean(true);
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getName().equals("findFirstByServiceIdOrderByVersionDesc") && stale.getAndSet(false)) {
                return Optional.empty();
            }
            try {
                return method.invoke(repository, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (PublishedVersionRepository) Proxy.newProxyInstance(PublishedVersionRepository.class.getClassLoader(),
                new Class<?>[] {PublishedVersionRepository.class}, handler);
    }
}
