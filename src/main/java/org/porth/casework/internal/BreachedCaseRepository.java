package org.porth.casework.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Open cases past due, as their teams' supervisors see them. */
public interface BreachedCaseRepository extends Repository<ServiceCase, String> {

    /** The open breached cases in the queues of the teams the officer supervises, longest overdue first. */
    default List<ServiceCase> inTeamsSupervisedBy(String staffId) {
        return inTeamsSupervisedBy(staffId, OpenStatuses.NAMES);
    }

    @Query(nativeQuery = true, value = """
            select c.* from service_case c
            join work_queue q on q.id = c.queue_id
            join team_member m on m.team_id = q.team_id and m.staff_id = :staffId and m.supervisor = true
            where c.sla_state = 'BREACHED' and c.status in (:open)
            order by c.due_at, c.id""")
    List<ServiceCase> inTeamsSupervisedBy(String staffId, Collection<String> open);
}
