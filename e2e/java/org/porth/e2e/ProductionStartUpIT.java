package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.porth.database.OnOwnPostgresSchema;
import org.porth.database.PostgresTestDatabase;

/**
 * What {@code prod} means on its own: PostgreSQL, always (the profile brings {@code postgres} with
 * it); and what it refuses to start with, before it touches any database.
 */
@OnOwnPostgresSchema
class ProductionStartUpIT {

    @TempDir
    Path folder;

    @Test
    void prodAloneRunsOnPostgreSql() throws Exception {
        PostgresTestDatabase.Schema database = PostgresTestDatabase.createSchemaFor(ProductionStartUpIT.class);
        try (TestOpenIdProvider provider = TestOpenIdProvider.start(); PortalProcess portal = new PortalProcess(folder)) {
            portal.start(ProductionJarIT.environment(provider, portal.port(), database), "--spring.profiles.active=prod")
                    .awaitServing();

            try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                    ResultSet migrations = connection.createStatement()
                            .executeQuery("select count(*) from flyway_schema_history where success")) {
                migrations.next();
                assertThat(migrations.getLong(1)).as("migrations run in the PostgreSQL schema").isPositive();
            }
            assertThat(folder.resolve("data")).as("no H2 database beside it").doesNotExist();
        }
    }

    @Test
    void refusesAnotherDatabaseAndPlainHttpAndSaysWhatIsMissing() throws Exception {
        try (TestOpenIdProvider provider = TestOpenIdProvider.start(); PortalProcess portal = new PortalProcess(folder)) {
            Map<String, String> environment = new HashMap<>(ProductionJarIT.environment(provider,
                    portal.port(), PostgresTestDatabase.createSchemaFor(ProductionStartUpIT.class)));
            environment.put("PORTH_DB_URL", "jdbc:h2:file:./data/porth");
            environment.put("PORTH_BASE_URL", "http://portal.example.gov.uk");
            environment.remove("PORTH_STAFF_CLIENT_SECRET");

            portal.start(environment, "--spring.profiles.active=prod,postgres");
            assertThat(portal.awaitExit()).isNotZero();
            assertThat(portal.log()).contains(
                    "The prod profile refuses to start with 3 problems",
                    "spring.security.oauth2.client.registration.staff.client-secret is not set",
                    "PORTH_STAFF_CLIENT_SECRET",
                    "spring.datasource.url (PORTH_DB_URL) is jdbc:h2, not PostgreSQL",
                    "porth.base-url is http://portal.example.gov.uk: it must be https://");
            assertThat(Files.exists(folder.resolve("data"))).as("no database made").isFalse();
        }
    }
}
