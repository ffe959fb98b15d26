package org.porth.identity.internal;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.porth.database.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The migrations and the repository on PostgreSQL, in a schema of this run's own (see
 * {@link PostgresTestDatabase}: skipped when PostgreSQL does not answer, required on CI).
 */
@ExtendWith(PostgresTestDatabase.WhenItAnswers.class)
class PostgresPersistenceTest extends PersistenceContract {

    private static final String SCHEMA = PostgresTestDatabase.newSchema();

    @BeforeAll
    static void postgresqlAnswers() {
        PostgresTestDatabase.failOnCiIfDown();
    }

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.useSchema(registry, SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        PostgresTestDatabase.dropSchema(SCHEMA);
    }
}
