package org.porth.casework.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

import org.porth.casework.GeoPoint;
import org.porth.forms.Answers;
import org.springframework.stereotype.Component;

/**
 * Migration 90: the point of every case opened before positions were kept (V89), from its stored
 * answers. Only a location answer stores a latitude and longitude, so the first answer with both is
 * the case's location.
 */
@Component
class CasePositionsFromAnswers extends CaseRowsFromAnswers {

    CasePositionsFromAnswers() {
        super("90", "case positions from answers", "case_position",
                "insert into case_position (case_id, latitude, longitude) values (?, ?, ?)");
    }

    @Override
    boolean bind(PreparedStatement row, Answers answers) throws SQLException {
        Optional<GeoPoint> point = answers.byQuestion().values().stream().map(LocationAnswers::stored)
                .flatMap(Optional::stream).findFirst();
        if (point.isEmpty()) {
            return false;
        }
        row.setDouble(2, point.get().latitude());
        row.setDouble(3, point.get().longitude());
        return true;
    }
}
