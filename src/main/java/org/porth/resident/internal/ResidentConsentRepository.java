package org.porth.resident.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ResidentConsentRepository extends JpaRepository<ResidentConsent, UUID> {

    List<ResidentConsent> findByResidentIdOrderByGivenAtDesc(UUID residentId);
}
