package org.porth.resident.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ResidentSupportNeedsRepository extends JpaRepository<ResidentSupportNeeds, UUID> {
}
