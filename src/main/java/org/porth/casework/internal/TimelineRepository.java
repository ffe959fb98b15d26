package org.porth.casework.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineRepository extends JpaRepository<TimelineEntry, String> {

    List<TimelineEntry> findByCaseIdOrderByHappenedAt(String caseId);
}
