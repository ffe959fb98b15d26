package org.porth.casework.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.porth.forms.AnswersJson;
import org.springframework.stereotype.Component;

/**
 * Migration 153: the property of every case opened before properties were kept (V152), from its
 * stored answers: the first answer naming a UPRN (only location and address answers carry one).
 * Runs once, on one node, as Flyway runs every migration.
 */
@Component
class CasePropertiesFromAnswers implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("153");
    }

    @Override
    public String getDescription() {
        return "case properties from answers";
    }

    /** None: the migration's code is its own version, like Flyway's for any Java migration. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement read = connection.prepareStatement(
                        "select id, answers from service_case where id not in (select case_id from case_property)");
                PreparedStatement insert = connection.prepareStatement("insert into case_property (case_id, uprn) values (?, ?)");
                ResultSet cases = read.executeQuery()) {
            while (cases.next()) {
                String caseId = cases.getString("id");
                var uprn = AnswersJson.read(cases.getString("answers")).byQuestion().values().stream()
                        .flatMap(answer -> answer.field("uprn").stream()).filter(CaseProperties::looksLikeUprn).findFirst();
                if (uprn.isPresent()) {
                    insert.setString(1, caseId);
                    insert.setString(2, uprn.get());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
