package org.porth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.porth.browserless.PortalViewTest;
import org.porth.casework.CaseStatus;
import org.porth.casework.internal.CaseFixtures;
import org.porth.casework.internal.CaseFixtures.NewCase;
import org.porth.database.OnOwnPostgresSchema;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.tracking.MyRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;

/**
 * My requests for a resident with 200 requests (a quarter still open, some waiting for them), among
 * 20,000 other residents' requests, on PostgreSQL: the server time of the page's data (requests,
 * drafts and cases, one query each) and of opening the page (the view built with its 200 cards, in
 * a browserless UI: no HTTP, no browser). Not part of the test suite:
 * {@code ./mvnw -Pbench test -Dtest=MyRequestsBench}.
 */
@OnOwnPostgresSchema
class MyRequestsBench extends PortalViewTest {

    private static final int MINE = 200;
    private static final int OTHERS = Integer.getInteger("porth.bench.other-requests", 20_000);
    private static final int WARM_UP = 50;
    private static final int REPETITIONS = 200;
    private static final Path REPORT = Path.of("target", "bench", "my-requests.md");

    @Autowired
    private MyRequests myRequests;
    @Autowired
    private ResidentProfiles residents;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aResidentWithTwoHundredRequestsOpensMyRequests() throws Exception {
        Authentication resident = Somebody.named("Busy").asResident();
        signIn(resident);
        String residentId = residents.current().id().toString();
        CaseFixtures fixtures = new CaseFixtures(jdbc);
        long seedingStart = System.nanoTime();
        seed(fixtures, residentId, MINE);
        for (int i = 0; i < OTHERS; i += 1_000) {
            seed(fixtures, UUID.randomUUID().toString(), 1_000);
        }
        Duration seeding = Duration.ofNanos(System.nanoTime() - seedingStart);
        jdbc.execute("analyze");

        assertThat(myRequests.list().requests()).hasSize(MINE);
        for (int i = 0; i < WARM_UP; i++) {
            myRequests.list();
            UI.getCurrent().navigate("");
            openMyRequests();
        }
        Timings timings = new Timings();
        for (int i = 0; i < REPETITIONS; i++) {
            timings.time("the page's data (MyRequests.list)", myRequests::list);
            UI.getCurrent().navigate(""); // elsewhere first, so that My requests is built anew
            timings.time("opening My requests (data and view)", this::openMyRequests);
        }
        signIn(Somebody.named("New").asResident());
        for (int i = 0; i < REPETITIONS; i++) {
            UI.getCurrent().navigate("");
            timings.time("for comparison: opening My requests with no requests", this::openMyRequests);
        }
        List<String> report = new ArrayList<>();
        report.add("%d requests of the resident's and %,d others' seeded in %.1f s; %d processors, JDK %s, load average %.2f"
                .formatted(MINE, OTHERS, seeding.toMillis() / 1000.0, Runtime.getRuntime().availableProcessors(),
                        Runtime.version(), java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage()));
        report.addAll(List.of("", "| operation | calls | median ms | p99 ms | max ms |", "|---|---|---|---|---|"));
        report.add(timings.summary("the page's data (MyRequests.list)").row());
        report.add(timings.summary("opening My requests (data and view)").row());
        report.add(timings.summary("for comparison: opening My requests with no requests").row());
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report);
        report.forEach(System.out::println);
    }

    private Object openMyRequests() {
        UI.getCurrent().navigate("my-requests");
        assertThat(currentView().getClass().getSimpleName()).isEqualTo("MyRequestsView");
        return currentView();
    }

    /** The resident's requests as apply keeps them and their cases, a quarter open and some of those waiting. */
    private void seed(CaseFixtures fixtures, String residentId, int count) {
        Instant now = Instant.now();
        List<NewCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CaseStatus status = i % 4 != 0 ? CaseStatus.CLOSED : i % 8 == 0 ? CaseStatus.AWAITING_RESIDENT : CaseStatus.IN_PROGRESS;
            Instant submitted = now.minus(i, ChronoUnit.DAYS);
            cases.add(NewCase.in(fixtures.queue).resident(residentId).status(status).submitted(submitted)
                    .due(submitted.plus(7, ChronoUnit.DAYS)));
        }
        List<String> references = fixtures.insert(cases);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {UUID.randomUUID().toString(), references.get(i), UUID.randomUUID().toString(),
                    residentId, Timestamp.from(cases.get(i).submitted())});
        }
        jdbc.batchUpdate("""
                insert into submitted_request (id, reference, draft_id, resident_id, service_id, service_version,
                    answers, channel, submitted_at)
                values (?, ?, ?, ?, 'missed-bin', 1, '{}', 'WEB', ?)""", rows);
    }
}
