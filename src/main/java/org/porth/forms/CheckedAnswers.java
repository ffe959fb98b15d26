package org.porth.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.porth.catalogue.EligibilityExit;

/**
 * A complete set of answers checked against a service's form ({@link FormCheck}).
 *
 * @param answers  the answers to the questions the form shows for them: valid ones normalised, invalid
 *                 ones as sent, answers to hidden questions left out
 * @param problems every problem, by question id in form order, in English and Welsh as the pages show them
 * @param stop     the eligibility exit the answers trigger: such a set can never be sent
 */
public record CheckedAnswers(Answers answers, Map<String, List<FieldError>> problems, Optional<EligibilityExit> stop) {

    public CheckedAnswers {
        problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Nothing to put right and no exit: the answers can be sent as they are. */
    public boolean complete() {
        return problems.isEmpty() && stop.isEmpty();
    }
}
