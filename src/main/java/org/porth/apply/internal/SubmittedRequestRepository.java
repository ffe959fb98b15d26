package org.porth.apply.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SubmittedRequestRepository extends JpaRepository<SubmittedRequest, String> {

    Optional<SubmittedRequest> findByDraftId(String draftId);

    Optional<SubmittedRequest> findByReference(String reference);

    List<SubmittedRequest> findByResidentIdOrderBySubmittedAtDesc(String residentId);
}
