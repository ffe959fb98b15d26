package org.porth.insight;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.Set;

import org.porth.catalogue.Catalogue;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.ServiceLevel;
import org.porth.insight.forecast.Forecaster;
import org.porth.insight.internal.ForecastQueries;
import org.porth.shared.BusinessCalendar;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Looking ahead" on the dashboard (issue 18, decision 0067): demand per queue and service for the
 * next eight weeks over the forecast library (decision 0055), with its accuracy, and the queues that
 * will miss their service level at their current rate of closing. The same teams as every figure:
 * managers and administrators every team, a supervisor their own.
 */
@Service
@Transactional(readOnly = true)
public class LookingAhead {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The working hours of an office day, to put a service level in hours into days. */
    private static final int HOURS_A_DAY = 8;

    private final Insight insight;
    private final ForecastQueries queries;
    private final Catalogue catalogue;
    private final Outlooks outlooks;
    private final Clock clock;

    LookingAhead(Insight insight, ForecastQueries queries, Catalogue catalogue, BusinessCalendar calendar, Clock clock) {
        this.insight = insight;
        this.queries = queries;
        this.catalogue = catalogue;
        this.outlooks = new Outlooks(new Forecaster(calendar));
        this.clock = clock;
    }

    /** The outlook from the last whole week before today, under the filter's service, team, ward and channel (not its period). */
    @PreAuthorize(Insight.READERS)
    public Outlook outlook(InsightFilter filter) {
        Set<String> teams = insight.teams(filter);
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        LocalDate lastMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        LocalDate weekAfter = lastMonday.plusWeeks(1);
        return outlooks.of(lastMonday,
                queries.arrivals(filter, teams, lastMonday.minusWeeks(Outlooks.HISTORY_WEEKS - 1L), lastMonday.plusDays(6)),
                queries.open(filter, teams),
                queries.ended(filter, teams, weekAfter.minusWeeks(Outlooks.CLOSING_WEEKS).atStartOfDay(LONDON).toInstant(),
                        weekAfter.atStartOfDay(LONDON).toInstant()),
                service -> catalogue.current(service).map(ServiceDefinition::serviceLevel).map(LookingAhead::workingDays));
    }

    private static Integer workingDays(ServiceLevel level) {
        return level.unit() == ServiceLevel.Unit.WORKING_DAYS ? level.target()
                : Math.max(1, (level.target() + HOURS_A_DAY - 1) / HOURS_A_DAY);
    }
}
