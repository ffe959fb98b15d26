package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.porth.database.OnOwnPostgresSchema;
import org.springframework.dao.DataAccessException;

/** The audit trail on PostgreSQL, where the database itself refuses to change or delete an entry. */
@OnOwnPostgresSchema
class CaseAuditOnPostgresTest extends CaseAuditContract {

    @Test
    void anEntryCannotBeChangedOrDeletedEvenWithSql() {
        String entry = aRecordedRead();

        assertThatThrownBy(() -> jdbc.update("update case_audit set staff_id = 'someone else' where id = ?", entry))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from case_audit where id = ?", entry))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
