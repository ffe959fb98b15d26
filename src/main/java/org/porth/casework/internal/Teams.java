package org.porth.casework.internal;

import java.util.List;
import java.util.Set;

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
