package org.porth.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.porth.casework.QueueCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How the open cases of queues stand, counted in one pass over the queues' cases. */
@Component
public class QueueCounts {

    private static final String COUNTS = """
            select q.id, q.name_en, q.name_cy, q.team_id, t.name_en as team_name_en, t.name_cy as team_name_cy,
                coalesce(c.open_cases, 0) as open_cases, coalesce(c.unassigned, 0) as unassigned,
                coalesce(c.at_risk, 0) as at_risk, coalesce(c.breached, 0) as breached
            from work_queue q join team t on t.id = q.team_id
            left join (
                select queue_id, count(*) as open_cases,
                    sum(case when assigned_to is null then 1 else 0 end) as unassigned,
                    sum(case when sla_state = 'AT_RISK' then 1 else 0 end) as at_risk,
                    sum(case when sla_state = 'BREACHED' then 1 else 0 end) as breached
                from service_case where status <> 'CLOSED' %s group by queue_id
            ) c on c.queue_id = q.id
            %s
            order by t.name_en, q.name_en""";

    private final JdbcClient jdbc;

    QueueCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of the given queues, each marked as the officer's own team's when it is one of theirs. */
    public List<QueueCount> of(Collection<String> queues, Set<String> ownTeams) {
        if (queues.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COUNTS.formatted("and queue_id in (:queues)", "where q.id in (:queues)"))
                .param("queues", queues).query((row, number) -> count(row, ownTeams)).list();
    }

    /** The counts of every queue of the council. */
    public List<QueueCount> ofAll(Set<String> ownTeams) {
        return jdbc.sql(COUNTS.formatted("", "")).query((row, number) -> count(row, ownTeams)).list();
    }

    private static QueueCount count(ResultSet row, Set<String> ownTeams) throws SQLException {
        String team = row.getString("team_id");
        return new QueueCount(row.getString("id"), row.getString("name_en"), row.getString("name_cy"), team,
                row.getString("team_name_en"), row.getString("team_name_cy"), ownTeams.contains(team),
                row.getLong("open_cases"), row.getLong("unassigned"), row.getLong("at_risk"), row.getLong("breached"));
    }
}
