package org.porth.resident.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ResidentRepository extends JpaRepository<Resident, UUID>, JpaSpecificationExecutor<Resident> {

    Optional<Resident> findByAccountId(String accountId);

    boolean existsByIdAndAccountId(UUID id, String accountId);

    /** Records officers made for callers that no sign-in has claimed yet, by (lower-case) email. */
    List<Resident> findByEmailAndAccountIdIsNullAndCreatedBy(String email, Resident.CreatedBy createdBy);

    /** Residents whose latest sign-in verified this (lower-case) email. */
    List<Resident> findByVerifiedEmailAndAccountIdIsNotNull(String verifiedEmail);
}
