package org.porth.apply.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DraftRepository extends JpaRepository<Draft, String> {

    List<Draft> findByResidentIdOrderByUpdatedAtDesc(String residentId);

    List<Draft> findByExpiresAtBefore(Instant now);
}
