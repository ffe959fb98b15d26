package org.porth.insight.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.porth.resident.Somebody.signIn;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.identity.Role;
import org.porth.insight.Demand;
import org.porth.insight.Dimension;
import org.porth.insight.Drill;
import org.porth.insight.Figure;
import org.porth.insight.Insight;
import org.porth.insight.InsightFilter;
import org.porth.insight.Period;
import org.porth.insight.SatisfactionFigure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demo year written into a council of its own (its own in-memory database, so no other test
 * counts its cases): a small seeded year, December 2025 to November 2026, through apply and casework
 * with its back-dated times, then on the managers' dashboard: the spring garden-waste peak, the web's
 * share growing, failure demand, outcomes and satisfaction, each drill-down equal to its figure.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:demo-year;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class DemoYearOnH2Test {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
    private static final Period WINTER = Period.custom(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 28));
    private static final Period SPRING = Period.custom(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31));
    private static final Period AUTUMN = Period.custom(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30));
    private static final Period YEAR = Period.custom(LocalDate.of(2025, 12, 1), LAST_DAY);

    @Autowired
    private DemoYearRun run;
    @Autowired
    private Insight insight;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSmallSeededYearIsOnTheDashboard() {
        assertThat(run.start(800, LAST_DAY, 365)).isTrue();
        assertThat(run.start(800, LAST_DAY, 365)).as("one run at a time").isFalse();
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(1)).until(() -> !run.running());
        assertThat(run.days()).isEqualTo(365);
        assertThat(run.written()).as("the year's requests and what they led to").isBetween(760, 920);
        signIn(People.signedIn("Mair Demo", null, Role.MANAGER));

        // a request sent again a few days after the year's last day is counted on its own day
        Demand year = insight.totalDemand(InsightFilter.of(Period.custom(YEAR.from(), LocalDate.now())));
        assertThat(year.requests()).as("every request written is counted once").isEqualTo(run.written());
        assertThat(List.of(year.failureRequests(), year.chasers(), year.reopens(), year.contacts()))
                .as("repeats and requests sent again, chasers, reopenings, calls staff heard as failure demand")
                .allSatisfy(count -> assertThat(count).isPositive());

        assertThat(requests("garden-waste", SPRING)).as("garden waste in spring, against the winter")
                .isGreaterThan(4 * requests("garden-waste", WINTER));
        assertThat(webShare(AUTUMN)).as("the web's share at the end of the year, against its start")
                .isGreaterThan(webShare(WINTER) + 10);

        assertThat(insight.outcomes(InsightFilter.of(YEAR))).isNotEmpty();
        List<SatisfactionFigure> satisfaction = insight.satisfaction(InsightFilter.of(YEAR));
        assertThat(satisfaction.stream().mapToLong(SatisfactionFigure::answers).sum()).as("web residents answered")
                .isPositive();
        InsightFilter potholes = InsightFilter.of(YEAR).withService("pothole");
        long potholeFailure = insight.totalDemand(potholes).failure();
        assertThat(potholeFailure).as("potholes reported again at the same place").isPositive();
        assertThat(insight.count(new Drill(Figure.DEMAND, potholes, null, null, Drill.FAILURE)))
                .as("the drill-down equals its figure").isEqualTo(potholeFailure);
    }

    private long requests(String service, Period period) {
        return insight.totalDemand(InsightFilter.of(period).withService(service)).requests();
    }

    private long webShare(Period period) {
        List<Demand> channels = insight.demand(Dimension.CHANNEL, InsightFilter.of(period));
        long all = channels.stream().mapToLong(Demand::requests).sum();
        long web = channels.stream().filter(channel -> channel.key().equals("WEB")).mapToLong(Demand::requests).sum();
        return 100 * web / all;
    }
}
