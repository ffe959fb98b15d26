package org.porth.casework.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseFeedbackRepository extends JpaRepository<CaseFeedback, String> {

    /** The resident's answer about one outcome of the case, if they gave one. */
    Optional<CaseFeedback> findFirstByCaseIdAndOutcomeAt(String caseId, Instant outcomeAt);
}
