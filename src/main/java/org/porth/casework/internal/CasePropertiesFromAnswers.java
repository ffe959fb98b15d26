package org.porth.casework.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

import org.porth.forms.Answers;
import org.springframework.stereotype.Component;

/**
 * Migration 153: the property of every case opened before properties were kept (V152), from its
 * stored answers: the first answer naming a UPRN (only location and address answers carry one).
 */
@Component
class CasePropertiesFromAnswers extends CaseRowsFromAnswers {

    CasePropertiesFromAnswers() {
        super("153", "case properties from answers", "case_property", "insert into case_property (case_id, uprn) values (?, ?)");
    }

    @Override
    boolean bind(PreparedStatement row, Answers answers) throws SQLException {
        Optional<String> uprn = answers.byQuestion().values().stream()
                .flatMap(answer -> answer.field("uprn").stream()).filter(CaseProperties::looksLikeUprn).findFirst();
        if (uprn.isEmpty()) {
            return false;
        }
        row.setString(2, uprn.get());
        return true;
    }
}
