package org.porth.casework;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.porth.casework.internal.CaseHistoryReader;
import org.porth.casework.internal.Teams;
import org.porth.identity.CurrentUser;
import org.porth.identity.SystemTask;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases read whole for insight's roll-ups (issue 18), which count them by task, with no one signed
 * in; and the teams and queues that managers filter the figures by.
 */
@Service
@Transactional(readOnly = true)
public class CaseHistories {

    static final String INSIGHT_TASK = "hasAuthority('" + SystemTask.INSIGHT_AUTHORITY + "')";
    static final String INSIGHT_READERS = "hasAnyRole('SUPERVISOR', 'MANAGER', 'ADMIN')";

    private final CaseHistoryReader reader;
    private final Teams teams;
    private final CurrentUser currentUser;

    CaseHistories(CaseHistoryReader reader, Teams teams, CurrentUser currentUser) {
        this.reader = reader;
        this.teams = teams;
        this.currentUser = currentUser;
    }

    @PreAuthorize(INSIGHT_TASK)
    public Optional<CaseHistory> of(String reference) {
        return reader.page(reference, null, 1).stream().findFirst();
    }

    /** Up to {@code limit} cases whose references sort after the one given (null: from the first), in order. */
    @PreAuthorize(INSIGHT_TASK)
    public List<CaseHistory> after(String reference, int limit) {
        return reader.page(null, reference, limit);
    }

    /** Every team, by English name. */
    @PreAuthorize(INSIGHT_READERS)
    public List<TeamName> teams() {
        return reader.teams();
    }

    /** Every work queue, by English name, with its team. */
    @PreAuthorize(INSIGHT_READERS)
    public List<TeamName> queues() {
        return reader.queues();
    }

    /** The teams the signed-in person belongs to: those a supervisor sees the figures of. */
    @PreAuthorize(INSIGHT_READERS)
    public Set<String> ownTeams() {
        return teams.teamsOf(currentUser.get().orElseThrow().id());
    }
}
