package org.porth.casework.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceCaseRepository extends JpaRepository<ServiceCase, String> {

    boolean existsByRequestId(String requestId);

    Optional<ServiceCase> findByRequestId(String requestId);

    Optional<ServiceCase> findByReference(String reference);

    List<ServiceCase> findByResidentIdOrderBySubmittedAtDesc(String residentId);
}
