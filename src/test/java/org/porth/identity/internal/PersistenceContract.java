package org.porth.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.metamodel.EntityType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.jpa.updating.DefaultJpaEventPublication;

/**
 * What each database must do for the portal: Flyway migrates an empty schema to the latest version,
 * Hibernate's {@code ddl-auto=validate} accepts the result for every entity (the portal's and Spring
 * Modulith's event publication), and a language preference survives a round trip and an update.
 * Each test runs in a transaction that is rolled back.
 */
@DataJpaTest(showSql = false, properties = {"spring.flyway.enabled=true", "spring.jpa.hibernate.ddl-auto=validate"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(PersistenceContract.EventPublicationEntity.class)
abstract class PersistenceContract {

    private static final Instant CHOSEN = Instant.parse("2026-11-26T09:15:30.123456Z");
    private static final Instant CHANGED = Instant.parse("2026-11-27T17:45:00.654321Z");

    @Autowired
    private Flyway flyway;
    @Autowired
    private LanguagePreferenceRepository repository;
    @Autowired
    private TestEntityManager entityManager;
    @Value("${spring.jpa.hibernate.ddl-auto}")
    private String ddlAuto;

    @Test
    void migrationsBringAnEmptySchemaToTheLatestVersion() {
        // versioned migrations only: on PostgreSQL, Flyway also records that it created the schema
        List<MigrationInfo> migrations = Arrays.stream(flyway.info().all())
                .filter(migration -> migration.getVersion() != null)
                .toList();

        assertThat(migrations).extracting(migration -> migration.getVersion().getVersion()).contains("1", "2");
        assertThat(migrations).allSatisfy(migration -> assertThat(migration.getState())
                .as("V%s %s", migration.getVersion(), migration.getDescription())
                .isEqualTo(MigrationState.SUCCESS));
    }

    @Test
    void theMigratedSchemaMatchesEveryEntity() {
        // the context started, so Hibernate validated these entities against the migrated tables
        assertThat(ddlAuto).isEqualTo("validate");
        assertThat(entityManager.getEntityManager().getMetamodel().getEntities())
                .extracting(EntityType::getJavaType)
                .extracting(Class::getSimpleName)
                .contains("LanguagePreference", "DefaultJpaEventPublication");
    }

    @Test
    void aLanguagePreferenceIsSavedAndReadBack() {
        repository.save(new LanguagePreference("resident:7f3c", Language.WELSH, CHOSEN));
        entityManager.flush();
        entityManager.clear();

        LanguagePreference read = repository.findById("resident:7f3c").orElseThrow();

        assertThat(read.userId()).isEqualTo("resident:7f3c");
        assertThat(read.language()).isEqualTo(Language.WELSH);
        assertThat(read.updatedAt()).isEqualTo(CHOSEN);
        assertThat(storedLanguage("resident:7f3c")).as("the language as stored").isEqualTo("WELSH");
    }

    @Test
    void aChangedLanguagePreferenceIsStored() {
        repository.save(new LanguagePreference("staff:cara", Language.WELSH, CHOSEN));
        entityManager.flush();
        entityManager.clear();

        assertThat(repository.change("staff:cara", Language.ENGLISH.name(), CHANGED)).isEqualTo(1);
        entityManager.clear();

        LanguagePreference read = repository.findById("staff:cara").orElseThrow();
        assertThat(read.language()).isEqualTo(Language.ENGLISH);
        assertThat(read.updatedAt()).isEqualTo(CHANGED);
        assertThat(repository.count()).isEqualTo(1);
    }

    @Test
    void aFirstPreferenceIsAddedOnceAndAnotherSessionsFirstChoiceFindsItThere() {
        assertThat(repository.change("resident:new", Language.WELSH.name(), CHOSEN)).as("nothing to change yet").isZero();
        assertThat(repository.addIfAbsent("resident:new", Language.WELSH.name(), CHOSEN)).isEqualTo(1);
        assertThat(repository.addIfAbsent("resident:new", Language.ENGLISH.name(), CHANGED)).as("already there").isZero();
        entityManager.clear();

        assertThat(repository.findById("resident:new").orElseThrow().language()).isEqualTo(Language.WELSH);
    }

    @Test
    void anUnknownPersonHasNoPreference() {
        assertThat(repository.findById("resident:nobody")).isEmpty();
    }

    /** Spring Modulith's event publication entity, which the portal's auto-configuration also maps. */
    @AutoConfigurationPackage(basePackageClasses = DefaultJpaEventPublication.class)
    static class EventPublicationEntity {
    }

    private String storedLanguage(String userId) {
        return (String) entityManager.getEntityManager()
                .createNativeQuery("select language from language_preference where user_id = ?1")
                .setParameter(1, userId)
                .getSingleResult();
    }
}
