package org.porth.apply.internal;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.porth.database.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Submit-once on PostgreSQL, where concurrent inserts really wait on the unique index. */
@ExtendWith(PostgresTestDatabase.WhenItAnswers.class)
class SubmitOnceOnPostgresTest extends SubmitOnceContract {

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
