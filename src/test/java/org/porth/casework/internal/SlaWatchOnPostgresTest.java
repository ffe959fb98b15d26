package org.porth.casework.internal;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.porth.database.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service-level watch on PostgreSQL, where a second node skips the row another has locked. */
@ExtendWith(PostgresTestDatabase.WhenItAnswers.class)
class SlaWatchOnPostgresTest extends SlaWatchContract {

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
