package org.porth.casework;

import java.util.List;
import java.util.regex.Pattern;

import org.porth.casework.internal.Teams;
import org.porth.identity.SystemTask;
import org.porth.shared.ActionRefused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators say who works in which team: membership gives an officer the team's queues, and a
 * supervisor sees the team's overdue cases.
 */
@Service
public class TeamAdministration {

    /** The form field an officer's account id is typed into: refusals point at it. */
    public static final String STAFF_ID_FIELD = "staff-id";
    public static final String TEAM_FIELD = "team";

    /** A staff sign-in account id as the portal records it: {@code staff:} and the account's subject. */
    private static final Pattern STAFF_ID = Pattern.compile("staff:\\S{1,290}");

    private final Teams teams;

    TeamAdministration(Teams teams) {
        this.teams = teams;
    }

    @PreAuthorize(Cases.ADMIN)
    @Transactional(readOnly = true)
    public List<TeamMembers> teams() {
        return teams.all();
    }

    /**
     * The supervisors of the team that works the queue (staff account ids): who hears that one of
     * its cases is at risk or overdue. Only the notifications task reads it, as {@link SystemTask#NOTIFY}.
     */
    @PreAuthorize("hasAuthority('" + SystemTask.NOTIFY_AUTHORITY + "')")
    @Transactional(readOnly = true)
    public List<String> supervisorsOf(String queueId) {
        return teams.supervisorsFor(queueId);
    }

    /** Adds the officer to the team; refused with {@link ActionRefused} for an unknown team, a wrong id or a member. */
    @PreAuthorize(Cases.ADMIN)
    @Transactional
    public void add(String teamId, String staffId, boolean supervisor) {
        if (teamId == null || !teams.exists(teamId)) {
            throw new ActionRefused(TEAM_FIELD, "team-admin.team.missing");
        }
        String officer = staffId == null ? "" : staffId.strip();
        if (!STAFF_ID.matcher(officer).matches()) {
            throw new ActionRefused(STAFF_ID_FIELD, "team-admin.staff-id.wrong");
        }
        if (teams.isMember(teamId, officer)) {
            throw new ActionRefused(STAFF_ID_FIELD, "team-admin.staff-id.member");
        }
        teams.join(teamId, officer, supervisor);
    }

    /** Takes the officer out of the team; their cases stay assigned to them. */
    @PreAuthorize(Cases.ADMIN)
    @Transactional
    public void remove(String teamId, String staffId) {
        teams.leave(teamId, staffId);
    }
}
