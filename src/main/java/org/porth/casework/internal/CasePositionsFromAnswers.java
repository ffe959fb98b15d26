package org.porth.casework.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.porth.forms.AnswersJson;
import org.springframework.stereotype.Component;

/**
 * Migration 90: the point of every case opened before positions were kept (V89), from its stored
 * answers. Only a location answer stores a latitude and longitude, so the first answer with both is
 * the case's location. Runs once, on one node, as Flyway runs every migration.
 */
@Component
class CasePositionsFromAnswers implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("90");
    }

    @Override
    public String getDescription() {
        return "case positions from answers";
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
        try (PreparedStatement read = connection.prepareStatement("select id, answers from service_case where id not in (select case_id from case_position)");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into case_position (case_id, latitude, longitude) values (?, ?, ?)");
                ResultSet cases = read.executeQuery()) {
            while (cases.next()) {
                String caseId = cases.getString("id");
                AnswersJson.read(cases.getString("answers")).byQuestion().values().stream()
                        .map(LocationAnswers::stored).flatMap(Optional::stream).findFirst()
                        .ifPresent(point -> add(insert, caseId, point.latitude(), point.longitude()));
            }
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, String caseId, double latitude, double longitude) {
        try {
            insert.setString(1, caseId);
            insert.setDouble(2, latitude);
            insert.setDouble(3, longitude);
            insert.addBatch();
        } catch (SQLException wrong) {
            throw new IllegalStateException("Case " + caseId + ": its position could not be kept", wrong);
        }
    }
}
