package org.porth.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.porth.casework.CaseHistories;
import org.porth.casework.TeamName;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.identity.SignedInUser;
import org.porth.insight.internal.CaseFigureQueries;
import org.porth.insight.internal.DemandQueries;
import org.porth.insight.internal.DrillQueries;
import org.porth.insight.internal.RollupRebuild;
import org.porth.insight.internal.SatisfactionQueries;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the managers' dashboard and the cases behind each. Managers and administrators see
 * every team; a supervisor sees their own teams only, and asking for another team's is refused
 * rather than answered with nothing.
 */
@Service
@Transactional(readOnly = true)
public class Insight {

    static final String READERS = "hasAnyRole('SUPERVISOR', 'MANAGER', 'ADMIN')";

    private final DemandQueries demand;
    private final CaseFigureQueries caseFigures;
    private final DrillQueries drills;
    private final CaseHistories histories;
    private final CurrentUser currentUser;
    private final RollupRebuild rebuild;
    private final Clock clock;
    private final SatisfactionQueries satisfaction;

    Insight(DemandQueries demand, CaseFigureQueries caseFigures, DrillQueries drills, CaseHistories histories,
            CurrentUser currentUser, RollupRebuild rebuild, Clock clock, SatisfactionQueries satisfaction) {
        this.demand = demand;
        this.caseFigures = caseFigures;
        this.drills = drills;
        this.histories = histories;
        this.currentUser = currentUser;
        this.rebuild = rebuild;
        this.clock = clock;
        this.satisfaction = satisfaction;
    }

    /** Demand in the period grouped by day, service, team, ward or channel. */
    @PreAuthorize(READERS)
    public List<Demand> demand(Dimension by, InsightFilter filter) {
        return demand.by(by, filter, teams(filter));
    }

    /** All demand in the period. */
    @PreAuthorize(READERS)
    public Demand totalDemand(InsightFilter filter) {
        return demand.total(filter, teams(filter));
    }

    /** Open cases today by queue and age band. */
    @PreAuthorize(READERS)
    public List<Backlog> backlog(InsightFilter filter) {
        return caseFigures.backlog(filter, teams(filter), today());
    }

    /** Open cases by service and team against their service levels. */
    @PreAuthorize(READERS)
    public List<ServiceLevel> serviceLevels(InsightFilter filter) {
        return caseFigures.serviceLevels(filter, teams(filter));
    }

    /** Outcomes in the period by service. */
    @PreAuthorize(READERS)
    public List<OutcomeCount> outcomes(InsightFilter filter) {
        return caseFigures.outcomes(filter, teams(filter));
    }

    /** Residents' answers to the satisfaction question in the period by service. */
    @PreAuthorize(READERS)
    public List<SatisfactionFigure> satisfaction(InsightFilter filter) {
        return satisfaction.by(filter, teams(filter));
    }

    /** One page of the lines behind a figure, oldest first. */
    @PreAuthorize(READERS)
    public List<DrillItem> cases(Drill drill, int offset, int limit) {
        return drills.page(drill, teams(drill.filter()), today(), offset, limit);
    }

    /** How many lines are behind a figure: always the figure itself. */
    @PreAuthorize(READERS)
    public long count(Drill drill) {
        return drills.count(drill, teams(drill.filter()), today());
    }

    /** The teams whose figures the person may see, to filter by. */
    @PreAuthorize(READERS)
    public List<TeamName> visibleTeams() {
        Set<String> own = seesEveryTeam() ? null : histories.ownTeams();
        return histories.teams().stream().filter(team -> own == null || own.contains(team.id())).toList();
    }

    /** Every work queue, to name the backlog's. */
    @PreAuthorize(READERS)
    public List<TeamName> queues() {
        return histories.queues();
    }

    /** Counts every case again from casework's records now, as the nightly job does; false if it is running already. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = false)
    public boolean rebuild() {
        return rebuild.rebuild();
    }

    /** The teams to count: null for every team. Package-visible for the other figures of this package ({@link LookingAhead}). */
    Set<String> teams(InsightFilter filter) {
        if (seesEveryTeam()) {
            return filter.teamId() == null ? null : Set.of(filter.teamId());
        }
        Set<String> own = histories.ownTeams();
        if (filter.teamId() == null) {
            return own;
        }
        if (!own.contains(filter.teamId())) {
            throw new AccessDeniedException("Only the figures of your own teams");
        }
        return Set.of(filter.teamId());
    }

    private boolean seesEveryTeam() {
        SignedInUser person = currentUser.get().orElseThrow();
        return person.has(Role.MANAGER) || person.has(Role.ADMIN);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
    }
}
