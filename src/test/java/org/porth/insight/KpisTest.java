package org.porth.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.insight.internal.Rollups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Digital take-up and the costs per transaction and per outcome against a month counted by hand, in BST.
 * <pre>
 * potholes (highways), May 2026: web 3 (one at 00:30 BST on 1 May), API 1, sensor 1, phone 2, in person 1:
 *   8 requests, 5 digital, 3 staff keyed: 63 % (62.5 half up). A web report at 23:30 BST on 30 April is April's.
 *   Outcomes in May: 4 (one at 23:30 BST on 31 May); the sensor's at 00:30 BST on 1 June is June's.
 *   Every channel costed (web 15p, API 10p, sensor 5p, phone £2.80, in person £8.60): £14.80,
 *   £1.85 a request, £3.70 an outcome. Web and phone alone costed: £6.05 for 5, £1.21, no cost per outcome.
 * bins (waste), May: web 2: another team's.
 * </pre>
 */
@SpringBootTest
class KpisTest {

    static final Period MAY = Period.containing(Period.Kind.MONTH, LocalDate.of(2026, 5, 14));
    static final UnitCosts EVERY_CHANNEL = new UnitCosts(Map.of("WEB", new BigDecimal("0.15"), "API", new BigDecimal("0.10"),
            "DEVICE", new BigDecimal("0.05"), "PHONE", new BigDecimal("2.80"), "FACE_TO_FACE", new BigDecimal("8.60")));

    @Autowired
    private Insight insight;
    @Autowired
    private Rollups rollups;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CurrentUser currentUser;

    private InsightFixture data;

    @BeforeEach
    void theHandCountedMonth() {
        data = new InsightFixture(jdbc, rollups);
        pothole("WEB").submitted("2026-04-30T23:30:00Z");
        pothole("WEB").ended("RESOLVED", "FIXED", "2026-05-06T10:00:00Z").submitted("2026-05-05T09:00:00Z");
        pothole("WEB").submitted("2026-05-06T09:00:00Z");
        pothole("WEB").submitted("2026-04-30T22:30:00Z");
        pothole("API").ended("RESOLVED", "FIXED", "2026-05-08T10:00:00Z").submitted("2026-05-07T09:00:00Z");
        pothole("DEVICE").ended("RESOLVED", "FIXED", "2026-05-31T23:30:00Z").submitted("2026-05-08T09:00:00Z");
        pothole("PHONE").ended("RESOLVED", "NO_FAULT_FOUND", "2026-05-12T10:00:00Z").submitted("2026-05-09T09:00:00Z");
        pothole("PHONE").submitted("2026-05-10T09:00:00Z");
        pothole("FACE_TO_FACE").ended("RESOLVED", "ADVICE_GIVEN", "2026-05-31T22:30:00Z").submitted("2026-05-11T09:00:00Z");
        data.in(data.wasteQueue, data.bins).submitted("2026-05-12T09:00:00Z");
        data.in(data.wasteQueue, data.bins).submitted("2026-05-13T09:00:00Z");
        signIn(People.signedIn("Supervisor " + data.id, null, Role.CASEWORKER, Role.SUPERVISOR));
        data.supervisor(data.highways, currentUser.get().orElseThrow().id());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void digitalTakeUpAndCostsWhenEveryChannelIsCosted() {
        List<ServiceKpi> kpis = new Kpis(insight, EVERY_CHANNEL).perService(InsightFilter.of(MAY));

        assertThat(kpis).singleElement().satisfies(kpi -> {
            assertThat(kpi.serviceId()).isEqualTo(data.potholes);
            assertThat(kpi.channels()).containsExactlyInAnyOrderEntriesOf(
                    Map.of("WEB", 3L, "API", 1L, "DEVICE", 1L, "PHONE", 2L, "FACE_TO_FACE", 1L));
            assertThat(List.of(kpi.requests(), kpi.digital(), kpi.staffKeyed(), kpi.outcomes())).containsExactly(8L, 5L, 3L, 4L);
            assertThat(kpi.digitalPercent()).isEqualTo(63);
            assertThat(kpi.cost()).isEqualByComparingTo("14.80");
            assertThat(kpi.costPerTransaction()).isEqualTo(new BigDecimal("1.85"));
            assertThat(kpi.costPerOutcome()).isEqualTo(new BigDecimal("3.70"));
        });
    }

    @Test
    void onlyTheCostedChannelsCountAndThereIsNoCostPerOutcomeWithoutThemAll() {
        UnitCosts webAndPhone = new UnitCosts(Map.of("WEB", new BigDecimal("0.15"), "PHONE", new BigDecimal("2.80")));
        ServiceKpi kpi = new Kpis(insight, webAndPhone).perService(InsightFilter.of(MAY)).getFirst();

        assertThat(kpi.costed()).isEqualTo(5);
        assertThat(kpi.cost()).isEqualByComparingTo("6.05");
        assertThat(kpi.costPerTransaction()).isEqualTo(new BigDecimal("1.21"));
        assertThat(kpi.costPerOutcome()).isNull();
    }

    @Test
    void aprilAndJuneKeepTheirOwnAndASupervisorSeesOnlyTheirTeams() {
        ServiceKpi april = new Kpis(insight, EVERY_CHANNEL).perService(InsightFilter.of(MAY.previous())).getFirst();
        assertThat(List.of(april.requests(), april.digital(), april.outcomes())).containsExactly(1L, 1L, 0L);
        assertThat(april.costPerOutcome()).isNull();

        assertThatThrownBy(() -> new Kpis(insight, EVERY_CHANNEL).perService(InsightFilter.of(MAY).withTeam(data.waste)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private InsightFixture.Case pothole(String channel) {
        return data.in(data.highwaysQueue, data.potholes).channel(channel);
    }
}
