package org.porth.casework.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.porth.forms.Answers;
import org.porth.forms.AnswersJson;

/**
 * A Java migration that fills a table of one row per case for the cases opened before it was kept,
 * from each case's stored answers. Runs once, on one node, as Flyway runs every migration.
 */
abstract class CaseRowsFromAnswers implements JavaMigration {

    private final String version;
    private final String description;
    private final String table;
    private final String insert;

    /** @param insert the row's insert, whose first parameter is the case's id */
    CaseRowsFromAnswers(String version, String description, String table, String insert) {
        this.version = version;
        this.description = description;
        this.table = table;
        this.insert = insert;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
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
                        "select id, answers from service_case where id not in (select case_id from " + table + ")");
                PreparedStatement rows = connection.prepareStatement(insert);
                ResultSet cases = read.executeQuery()) {
            while (cases.next()) {
                String caseId = cases.getString("id");
                if (bind(rows, AnswersJson.read(cases.getString("answers")))) {
                    rows.setString(1, caseId);
                    rows.addBatch();
                }
            }
            rows.executeBatch();
        }
    }

    /** Sets the row's parameters after the case's id from the answers; false when they give the case no row. */
    abstract boolean bind(PreparedStatement row, Answers answers) throws SQLException;
}
