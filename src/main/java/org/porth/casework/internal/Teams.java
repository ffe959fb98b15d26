package org.porth.casework.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.porth.casework.TeamMembers;
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
    /** Every queue of the team that works the queue, itself included. */
    public List<String> queuesOfTeamWorking(String queueId) {
        return jdbc.sql("select id from work_queue where team_id = (select team_id from work_queue where id = ?)")
                .param(queueId).query(String.class).list();
    }

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

    /** The supervisors of the team that works the queue. */
    public List<String> supervisorsFor(String queueId) {
        return jdbc.sql("""
                select m.staff_id from team_member m join work_queue q on q.team_id = m.team_id
                where q.id = ? and m.supervisor order by m.staff_id""").param(queueId).query(String.class).list();
    }

    public Set<String> teamsOf(String staffId) {
        return Set.copyOf(jdbc.sql("select team_id from team_member where staff_id = ?").param(staffId)
                .query(String.class).list());
    }

    public Set<String> queues() {
        return Set.copyOf(jdbc.sql("select id from work_queue").query(String.class).list());
    }

    /** Every team, by English name, with its members, supervisors first. */
    public List<TeamMembers> all() {
        Map<String, List<TeamMembers.Member>> members = jdbc.sql("""
                select team_id, staff_id, supervisor from team_member order by supervisor desc, staff_id""")
                .query((row, number) -> Map.entry(row.getString("team_id"),
                        new TeamMembers.Member(row.getString("staff_id"), row.getBoolean("supervisor"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select id, name_en, name_cy from team order by name_en")
                .query((row, number) -> new TeamMembers(row.getString("id"),
                        new Text(row.getString("name_en"), row.getString("name_cy")),
                        members.getOrDefault(row.getString("id"), List.of())))
                .list();
    }

    public boolean exists(String teamId) {
        return jdbc.sql("select count(*) from team where id = ?").param(teamId).query(Integer.class).single() > 0;
    }

    public boolean isMember(String teamId, String staffId) {
        return jdbc.sql("select count(*) from team_member where team_id = ? and staff_id = ?")
                .params(teamId, staffId).query(Integer.class).single() > 0;
    }

    public void leave(String teamId, String staffId) {
        jdbc.sql("delete from team_member where team_id = ? and staff_id = ?").params(teamId, staffId).update();
    }

    public void join(String teamId, String staffId, boolean supervisor) {
        jdbc.sql("insert into team_member (team_id, staff_id, supervisor) values (?, ?, ?)")
                .params(teamId, staffId, supervisor).update();
    }
}
