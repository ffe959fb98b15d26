package org.porth.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.porth.resident.Somebody.signIn;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.apply.SatisfactionRated;
import org.porth.insight.internal.Rollups;
import org.porth.insight.internal.SatisfactionRollup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The dashboard's figures against a small data set counted by hand (in the comments): May 2026 against
 * April, in BST, so that a request at 00:30 on 1 May is May's and one at 23:30 on 30 April is April's.
 * <pre>
 * potholes (highways)                        bins (waste)
 * A1 1 May 00:30 web, north, fixed 5 May,    B1 4 May web, resident R, withdrawn the same day
 *    chased 3 May                            B2 6 May web, R again: asked again; fixed 20 May,
 * A2 10 May phone, north, 20 m from A1:         reopened 21 May, fixed again 27 May
 *    a repeat; open, on track                B3 12 May web: linked as a duplicate the same day
 * A3 1 June 00:30 web: June's; open          B4 15 April phone: open, at risk; chased 20 April
 * A4 30 April 23:30 web: April's; breached      and 2 May
 * </pre>
 */
@SpringBootTest
class InsightFiguresTest {

    static final Period MAY = Period.containing(Period.Kind.MONTH, LocalDate.of(2026, 5, 14));

    @Autowired
    private Insight insight;
    @Autowired
    private Rollups rollups;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private SatisfactionRollup satisfaction;

    private InsightFixture data;
    private List<String> references;

    @BeforeEach
    void theHandCountedCases() {
        data = new InsightFixture(jdbc, rollups);
        String resident = java.util.UUID.randomUUID().toString();
        references = List.of(
                data.in(data.highwaysQueue, data.potholes).ward("north").at(51.48, -3.18)
                        .ended("RESOLVED", "FIXED", "2026-05-05T10:00:00Z").submitted("2026-04-30T23:30:00Z", "2026-05-03T12:00:00Z"),
                data.in(data.highwaysQueue, data.potholes).ward("north").channel("PHONE").at(51.48018, -3.18)
                        .submitted("2026-05-10T09:00:00Z"),
                data.in(data.highwaysQueue, data.potholes).at(51.2, -3.5).submitted("2026-05-31T23:30:00Z"),
                data.in(data.highwaysQueue, data.potholes).sla("BREACHED").at(51.3, -3.4).submitted("2026-04-30T22:30:00Z"),
                data.in(data.wasteQueue, data.bins).by(resident)
                        .ended("WITHDRAWN", "WITHDRAWN_BY_RESIDENT", "2026-05-04T12:00:00Z").submitted("2026-05-04T09:00:00Z"),
                data.in(data.wasteQueue, data.bins).by(resident).ended("RESOLVED", "SERVICE_PROVIDED", "2026-05-27T10:00:00Z")
                        .submitted("2026-05-06T09:00:00Z", "reopened 2026-05-21T10:00:00Z"),
                data.in(data.wasteQueue, data.bins).ended("DUPLICATE", "DUPLICATE_OF_ANOTHER", "2026-05-12T15:00:00Z")
                        .submitted("2026-05-12T09:00:00Z"),
                data.in(data.wasteQueue, data.bins).channel("PHONE").sla("AT_RISK")
                        .submitted("2026-04-15T09:00:00Z", "2026-04-20T09:00:00Z", "2026-05-02T09:00:00Z"));
        signIn(People.signedIn("Mair " + data.id, null, Role.MANAGER));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void demandAndFailureDemandPerServiceThisMonthAndLast() {
        // bins: B1, B2 (asked again), B3 (duplicate); B4's May chaser; B2's reopening: 4 of 5 failure
        assertThat(insight.demand(Dimension.SERVICE, waste(MAY)))
                .extracting(Demand::key, Demand::requests, Demand::failureRequests, Demand::chasers, Demand::reopens,
                        Demand::failurePercent)
                .containsExactly(tuple(data.bins, 3L, 2L, 1L, 1L, 80));
        // potholes: A1, A2 (repeat); A1's chaser: 2 of 3
        assertThat(insight.demand(Dimension.SERVICE, highways(MAY)))
                .extracting(Demand::key, Demand::requests, Demand::failureRequests, Demand::chasers, Demand::reopens,
                        Demand::failurePercent)
                .containsExactly(tuple(data.potholes, 2L, 1L, 1L, 0L, 67));
        // April: B4 and its chaser; A4
        assertThat(insight.demand(Dimension.SERVICE, waste(MAY.previous()))).extracting(Demand::total, Demand::failure)
                .containsExactly(tuple(2L, 1L));
        assertThat(insight.demand(Dimension.SERVICE, highways(MAY.previous()))).extracting(Demand::total, Demand::failure)
                .containsExactly(tuple(1L, 0L));
        Demand waste = insight.totalDemand(waste(MAY));
        assertThat(List.of(waste.total(), waste.failure(), waste.value())).containsExactly(5L, 4L, 1L);
    }

    @Test
    void demandByChannelWardAndLondonDay() {
        assertThat(insight.demand(Dimension.CHANNEL, highways(MAY))).extracting(Demand::key, Demand::total)
                .containsExactly(tuple("PHONE", 1L), tuple("WEB", 2L));
        assertThat(insight.demand(Dimension.CHANNEL, waste(MAY))).extracting(Demand::key, Demand::total)
                .containsExactly(tuple("PHONE", 1L), tuple("WEB", 4L));
        assertThat(insight.demand(Dimension.WARD, highways(MAY))).extracting(Demand::key, Demand::total)
                .containsExactly(tuple("north", 3L));
        assertThat(insight.demand(Dimension.WARD, highways(MAY).withWard("north").withChannel("PHONE")))
                .extracting(Demand::key, Demand::total).containsExactly(tuple("north", 1L));
        assertThat(insight.demand(Dimension.DAY, waste(MAY))).extracting(Demand::key, Demand::total)
                .containsExactly(tuple("2026-05-02", 1L), tuple("2026-05-04", 1L), tuple("2026-05-06", 1L),
                        tuple("2026-05-12", 1L), tuple("2026-05-21", 1L));
        // A1 came in at 00:30 on 1 May, BST: May's first day; A3 at 00:30 on 1 June: June's
        assertThat(insight.demand(Dimension.DAY, highways(MAY))).extracting(Demand::key, Demand::total)
                .containsExactly(tuple("2026-05-01", 1L), tuple("2026-05-03", 1L), tuple("2026-05-10", 1L));
        assertThat(insight.demand(Dimension.DAY, highways(Period.containing(Period.Kind.MONTH, LocalDate.of(2026, 6, 30)))))
                .extracting(Demand::key, Demand::total).containsExactly(tuple("2026-06-01", 1L));
        // A4 at 23:30 on 30 April, BST: April's last day
        assertThat(insight.demand(Dimension.DAY, highways(MAY.previous()))).extracting(Demand::key, Demand::total)
                .containsExactly(tuple("2026-04-30", 1L));
    }

    @Test
    void contactsStaffHeardAsFailureDemandCountOnTheirDayAndTheRebuildCountsThemAgain() {
        // B5 13 May web; a call chasing it 14 May, a visit for a new need 15 May (value: not counted),
        // a call "I've come to the wrong place" 1 June 00:30 BST (June's); bins in May: 6 of 7 failure
        String b5 = data.in(data.wasteQueue, data.bins).submitted("2026-05-13T09:00:00Z",
                "contact CHASING 2026-05-14T10:00:00Z", "contact NEW_NEED 2026-05-15T10:00:00Z",
                "contact WRONG_PLACE 2026-05-31T23:30:00Z");
        assertThat(insight.demand(Dimension.SERVICE, waste(MAY)))
                .extracting(Demand::key, Demand::requests, Demand::chasers, Demand::reopens, Demand::contacts,
                        Demand::failure, Demand::total, Demand::failurePercent)
                .containsExactly(tuple(data.bins, 4L, 1L, 1L, 1L, 5L, 7L, 71));
        assertThat(insight.demand(Dimension.DAY, waste(MAY)))
                .extracting(Demand::key, Demand::contacts).contains(tuple("2026-05-13", 0L), tuple("2026-05-14", 1L))
                .extracting(pair -> pair.toList().getFirst()).doesNotContain("2026-05-15");
        assertThat(insight.demand(Dimension.DAY, waste(Period.containing(Period.Kind.MONTH, LocalDate.of(2026, 6, 1)))))
                .extracting(Demand::key, Demand::contacts, Demand::failure).containsExactly(tuple("2026-06-01", 1L, 1L));
        assertThat(lines(new Drill(Figure.DEMAND, waste(MAY), Dimension.DAY, "2026-05-14", Drill.FAILURE)))
                .extracting(DrillItem::reference, DrillItem::kind).containsExactly(tuple(b5, DemandKind.CONTACT));
        assertThat(insight.count(new Drill(Figure.DEMAND, waste(MAY), null, null, Drill.FAILURE))).isEqualTo(5);

        List<Demand> counted = insight.demand(Dimension.DAY, waste(MAY));
        signIn(People.signedIn("Admin " + data.id, null, Role.ADMIN));
        assertThat(insight.rebuild()).isTrue();
        assertThat(insight.demand(Dimension.DAY, waste(MAY))).isEqualTo(counted);
    }

    @Test
    void satisfactionPerServiceWithItsDrillDownsAndRebuild() {
        // B1 very satisfied (5) 4 May, B2 dissatisfied (2) 6 May, B3 satisfied (4) 1 June 00:30 BST: June's;
        // A1 neither (3) 1 May 00:10 BST: May's
        rated(references.get(4), data.bins, 5, "2026-05-04T13:00:00Z");
        rated(references.get(5), data.bins, 2, "2026-05-06T10:00:00Z");
        rated(references.get(6), data.bins, 4, "2026-05-31T23:30:00Z");
        rated(references.get(0), data.potholes, 3, "2026-04-30T23:10:00Z");
        List<SatisfactionFigure> may = insight.satisfaction(waste(MAY));
        assertThat(may).extracting(SatisfactionFigure::serviceId, SatisfactionFigure::answers, SatisfactionFigure::satisfied,
                        SatisfactionFigure::satisfiedPercent, SatisfactionFigure::averageScore)
                .containsExactly(tuple(data.bins, 2L, 1L, 50, 3.5));
        assertThat(insight.satisfaction(highways(MAY))).extracting(SatisfactionFigure::answers,
                SatisfactionFigure::satisfiedPercent, SatisfactionFigure::averageScore).containsExactly(tuple(1L, 0, 3.0));
        assertThat(insight.satisfaction(waste(Period.containing(Period.Kind.MONTH, LocalDate.of(2026, 6, 1)))))
                .extracting(SatisfactionFigure::answers, SatisfactionFigure::satisfiedPercent).containsExactly(tuple(1L, 100));
        assertThat(lines(new Drill(Figure.SATISFACTION, waste(MAY), null, data.bins, null))).extracting(DrillItem::reference)
                .containsExactly(references.get(4), references.get(5));
        assertThat(lines(new Drill(Figure.SATISFACTION, waste(MAY), null, data.bins, Drill.SATISFIED)))
                .extracting(DrillItem::reference).containsExactly(references.get(4));

        signIn(People.signedIn("Supervisor " + data.id, null, Role.CASEWORKER, Role.SUPERVISOR));
        data.supervisor(data.highways, currentUser.get().orElseThrow().id());
        assertThat(insight.satisfaction(InsightFilter.of(MAY))).extracting(SatisfactionFigure::serviceId)
                .containsExactly(data.potholes);
        assertThat(insight.count(new Drill(Figure.SATISFACTION, InsightFilter.of(MAY), null, data.bins, null))).isZero();

        signIn(People.signedIn("Admin " + data.id, null, Role.ADMIN));
        assertThat(insight.rebuild()).isTrue();
        assertThat(insight.satisfaction(waste(MAY))).isEqualTo(may);
    }

    /** The answer as apply stores it and publishes it. */
    private void rated(String reference, String service, int score, String at) {
        jdbc.update("insert into satisfaction_answer (reference, service_id, score, answered_at) values (?, ?, ?, ?)",
                reference, service, score, java.sql.Timestamp.from(java.time.Instant.parse(at)));
        satisfaction.count(new SatisfactionRated(reference, service, score, false, java.time.Instant.parse(at)));
    }

    @Test
    void outcomesAndReopeningsInTheMonth() {
        assertThat(insight.outcomes(waste(MAY)))
                .extracting(OutcomeCount::serviceId, OutcomeCount::outcome, OutcomeCount::cases, OutcomeCount::reopened)
                .containsExactly(tuple(data.bins, "DUPLICATE_OF_ANOTHER", 1L, 0L),
                        tuple(data.bins, "SERVICE_PROVIDED", 1L, 1L), tuple(data.bins, "WITHDRAWN_BY_RESIDENT", 1L, 0L));
        assertThat(insight.outcomes(highways(MAY))).extracting(OutcomeCount::outcome, OutcomeCount::cases)
                .containsExactly(tuple("FIXED", 1L));
        assertThat(insight.outcomes(highways(MAY.previous()))).isEmpty();
    }

    @Test
    void backlogAndServiceLevelsOfTheOpenCases() {
        // every open case came in months before today: more than 20 working days old
        assertThat(insight.backlog(highways(MAY))).extracting(Backlog::queueId, Backlog::band, Backlog::cases)
                .containsExactly(tuple(data.highwaysQueue, AgeBand.OVER_20, 3L));
        assertThat(insight.backlog(waste(MAY))).extracting(Backlog::queueId, Backlog::band, Backlog::cases)
                .containsExactly(tuple(data.wasteQueue, AgeBand.OVER_20, 1L));
        assertThat(insight.serviceLevels(highways(MAY)))
                .extracting(ServiceLevel::serviceId, ServiceLevel::onTrack, ServiceLevel::atRisk, ServiceLevel::breached,
                        ServiceLevel::withinTargetPercent)
                .containsExactly(tuple(data.potholes, 2L, 0L, 1L, 67));
        assertThat(insight.serviceLevels(waste(MAY))).extracting(ServiceLevel::atRisk, ServiceLevel::withinTargetPercent)
                .containsExactly(tuple(1L, 0));
    }

    @Test
    void everyDrillDownAddsUpToItsFigure() {
        assertThat(lines(new Drill(Figure.DEMAND, waste(MAY), null, null, null))).hasSize(5);
        assertThat(lines(new Drill(Figure.DEMAND, waste(MAY), Dimension.SERVICE, data.bins, Drill.FAILURE)))
                .extracting(DrillItem::kind).containsExactly(DemandKind.CHASER, DemandKind.ASKED_AGAIN,
                        DemandKind.DUPLICATE, DemandKind.REOPEN);
        assertThat(lines(new Drill(Figure.DEMAND, highways(MAY), Dimension.WARD, "north", null)))
                .extracting(DrillItem::reference, DrillItem::kind).containsExactly(tuple(references.get(0), DemandKind.REQUEST),
                        tuple(references.get(0), DemandKind.CHASER), tuple(references.get(1), DemandKind.REPEAT));
        assertThat(lines(new Drill(Figure.DEMAND, highways(MAY), Dimension.DAY, "2026-05-01", null)))
                .extracting(DrillItem::reference).containsExactly(references.get(0));
        assertThat(lines(new Drill(Figure.BACKLOG, highways(MAY), null, data.highwaysQueue, AgeBand.OVER_20.name())))
                .extracting(DrillItem::reference).containsExactlyInAnyOrder(references.get(1), references.get(2), references.get(3));
        assertThat(lines(new Drill(Figure.BACKLOG, highways(MAY), null, data.highwaysQueue, AgeBand.UP_TO_2.name()))).isEmpty();
        assertThat(lines(new Drill(Figure.SERVICE_LEVEL, highways(MAY), null, data.potholes, "BREACHED")))
                .extracting(DrillItem::reference).containsExactly(references.get(3));
        assertThat(lines(new Drill(Figure.OUTCOME, waste(MAY), null, data.bins, "SERVICE_PROVIDED")))
                .extracting(DrillItem::reference).containsExactly(references.get(5));
        for (InsightFilter filter : List.of(waste(MAY), highways(MAY), waste(MAY.previous()))) {
            Demand figure = insight.totalDemand(filter);
            assertThat(insight.count(new Drill(Figure.DEMAND, filter, null, null, null))).isEqualTo(figure.total());
            assertThat(insight.count(new Drill(Figure.DEMAND, filter, null, null, Drill.FAILURE))).isEqualTo(figure.failure());
        }
    }

    @Test
    void aSupervisorSeesTheirOwnTeamsFiguresAndCasesOnly() {
        signIn(People.signedIn("Supervisor " + data.id, null, Role.CASEWORKER, Role.SUPERVISOR));
        data.supervisor(data.highways, currentUser.get().orElseThrow().id());
        InsightFilter may = InsightFilter.of(MAY);

        assertThat(insight.demand(Dimension.SERVICE, may)).extracting(Demand::key).containsExactly(data.potholes);
        assertThat(insight.visibleTeams()).extracting(team -> team.id()).containsExactly(data.highways);
        assertThat(insight.count(new Drill(Figure.DEMAND, may, Dimension.SERVICE, data.bins, null))).isZero();
        assertThat(insight.count(new Drill(Figure.DEMAND, may, null, null, null))).isEqualTo(3);
        assertThat(insight.serviceLevels(may)).extracting(ServiceLevel::serviceId).containsExactly(data.potholes);
        assertThatThrownBy(() -> insight.demand(Dimension.SERVICE, may.withTeam(data.waste)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> insight.cases(new Drill(Figure.DEMAND, may.withTeam(data.waste), null, null, null), 0, 10))
                .isInstanceOf(AccessDeniedException.class);

        signIn(People.signedIn("Caseworker " + data.id, null, Role.CASEWORKER));
        assertThatThrownBy(() -> insight.totalDemand(may)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void countingACaseAgainChangesNothingAndTheRebuildCountsTheSame() {
        List<Demand> counted = insight.demand(Dimension.DAY, waste(MAY));
        references.forEach(rollups::refresh);
        assertThat(insight.demand(Dimension.DAY, waste(MAY))).isEqualTo(counted);

        signIn(People.signedIn("Admin " + data.id, null, Role.ADMIN));
        assertThat(insight.rebuild()).isTrue();

        assertThat(insight.demand(Dimension.DAY, waste(MAY))).isEqualTo(counted);
        assertThat(insight.demand(Dimension.SERVICE, highways(MAY))).extracting(Demand::total, Demand::failure)
                .containsExactly(tuple(3L, 2L));
        assertThat(insight.outcomes(waste(MAY))).hasSize(3);
    }

    private InsightFilter highways(Period period) {
        return InsightFilter.of(period).withTeam(data.highways);
    }

    private InsightFilter waste(Period period) {
        return InsightFilter.of(period).withTeam(data.waste);
    }

    private List<DrillItem> lines(Drill drill) {
        long count = insight.count(drill);
        List<DrillItem> lines = insight.cases(drill, 0, 100);
        assertThat(lines).as("lines of " + drill).hasSize((int) count);
        return lines;
    }
}
