package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.porth.database.PostgresTestDatabase;
import org.springframework.dao.DataAccessException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The audit trail on PostgreSQL, where the database itself refuses to change or delete an entry. */
@ExtendWith(PostgresTestDatabase.WhenItAnswers.class)
class CaseAuditOnPostgresTest extends CaseAuditContract {

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

    @Test
    void anEntryCannotBeChangedOrDeletedEvenWithSql() {
        String entry = aRecordedRead();

        assertThatThrownBy(() -> jdbc.update("update case_audit set staff_id = 'someone else' where id = ?", entry))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from case_audit where id = ?", entry))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
