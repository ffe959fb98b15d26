package org.porth.casework.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ServiceCaseRepository extends JpaRepository<ServiceCase, String> {

    boolean existsByRequestId(String requestId);

    Optional<ServiceCase> findByReference(String reference);

    List<ServiceCase> findByResidentIdOrderBySubmittedAtDesc(String residentId);

    /**
     * The most urgent unassigned case waiting in the queues, soonest due first, locked for this
     * transaction; cases another officer's transaction has locked are skipped, not waited for.
     * Ordering by assigned_to as well (null in every row) is what lets PostgreSQL read the order from
     * the index service_case_to_take: it does not take {@code is null} as fixing the column's value.
     */
    @Query(nativeQuery = true, value = """
            select id from service_case
            where queue_id in (:queues) and assigned_to is null and status in ('SUBMITTED', 'IN_TRIAGE')
            order by assigned_to, priority desc, due_at
            fetch first 1 rows only
            for update skip locked""")
    Optional<String> nextToTake(Collection<String> queues);
}
