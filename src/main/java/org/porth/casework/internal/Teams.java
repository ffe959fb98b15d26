package org.porth.casework.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.porth.catalogue.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Teams, their queues and their members. */
@Component
public class Teams {

    private final JdbcClient jdbc;

    Teams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The queues of every team the officer belongs to. */
    public List<String> queuesOf(String staffId) {
        return jdbc.sql("""
                select q.id from work_queue q join team_member m on m.team_id = q.team_id
                where m.staff_id = ? order by q.id""").param(staffId).query(String.class).list();
    }

    /** Every queue's name, in English and Welsh, by queue id. */
    public Map<String, Text> queueNames() {
        return jdbc.sql("select id, name_en, name_cy from work_queue")
                .query((row, number) -> Map.entry(row.getString("id"), new Text(row.getString("name_en"), row.getString("name_cy"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The staff of the team that works the queue. */
    public List<String> membersFor(String queueId) {
        return jdbc.sql("""
                select m.staff_id from team_member m join work_queue q on q.team_id = m.team_id
                where q.id = ? order by m.staff_id""").param(queueId).query(String.class).list();
    }

    public Set<String> teamsOf(String staffId) {
        return Set.copyOf(jdbc.sql("select team_id from team_member where staff_id = ?").param(staffId)
                .query(String.class).list());
    }

    public Set<String> queues() {
        return Set.copyOf(jdbc.sql("select id from work_queue").query(String.class).list());
    }

    public void join(String teamId, String staffId, boolean supervisor) {
        jdbc.sql("insert into team_member (team_id, staff_id, supervisor) values (?, ?, ?)")
                .params(teamId, staffId, supervisor).update();
    }
}
