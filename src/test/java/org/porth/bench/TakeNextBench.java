package org.porth.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.resident.Somebody.signIn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.casework.Cases;
import org.porth.casework.internal.CaseClaims;
import org.porth.casework.internal.CaseFixtures;
import org.porth.database.OnOwnPostgresSchema;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The Take next benchmark: a backlog of 100,000 unassigned cases in one team's four queues on
 * PostgreSQL, and 8 officers of that team pressing Take next as fast as it answers (for 20,000
 * claims or a minute, whichever comes first), reporting
 * claims a second and the median and 99th percentile time of one claim, with the plan of the
 * query that finds the case. Not part of the test suite: {@code ./mvnw -Pbench test
 * -Dtest=TakeNextBench}; the numbers go in docs/performance.md.
 */
@SpringBootTest
@OnOwnPostgresSchema
class TakeNextBench {

    private static final int BACKLOG = Integer.getInteger("porth.bench.cases", 100_000);
    private static final int OFFICERS = 8;
    private static final int WARM_UP_CLAIMS = 2_000;
    private static final int CLAIMS = 20_000;
    private static final Duration LONGEST = Duration.ofSeconds(60);
    private static final Path REPORT = Path.of("target", "bench", "take-next.md");

    @Autowired
    private Cases cases;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void eightOfficersTakeCasesFromABacklogOfAHundredThousand() throws Exception {
        CaseFixtures team = new CaseFixtures(jdbc);
        List<String> queues = List.of(team.queue, team.anotherQueue(), team.anotherQueue(), team.anotherQueue());
        CaseBacklog backlog = new CaseBacklog(jdbc);
        Duration seeding = backlog.seed(team, BACKLOG, queues, (made, random) -> made);
        List<Authentication> officers = new ArrayList<>();
        List<String> officerIds = new ArrayList<>();
        for (int i = 0; i < OFFICERS; i++) {
            officers.add(People.signedIn("Officer " + i + " " + team.queue, null, Role.CASEWORKER));
            signIn(officers.getLast());
            officerIds.add(currentUser.get().orElseThrow().id());
            team.member(officerIds.getLast());
        }
        SecurityContextHolder.clearContext();

        List<String> report = new ArrayList<>();
        report.add("%,d cases seeded in %.1f s; %d officers, %d processors, JDK %s".formatted(BACKLOG,
                seeding.toMillis() / 1000.0, OFFICERS, Runtime.getRuntime().availableProcessors(), Runtime.version()));
        report.addAll(plan("before the run", backlog, officerIds.getFirst()));
        take(officers, WARM_UP_CLAIMS, new Timings());
        Timings timings = new Timings();
        long start = System.nanoTime();
        int claimed = take(officers, CLAIMS, timings);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(claimed).isPositive();
        assertThat(jdbc.queryForObject("select count(distinct assigned_to) from service_case", Integer.class))
                .isEqualTo(OFFICERS);
        report.addAll(List.of("", "%,d claims in %.1f s: **%,.0f claims/s**".formatted(claimed, seconds, claimed / seconds),
                "", "| operation | calls | median ms | p99 ms | max ms |", "|---|---|---|---|---|",
                timings.summary("Take next").row()));
        report.addAll(plan("after the run", backlog, officerIds.getFirst()));
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report);
        report.forEach(System.out::println);
    }

    /** The officers take cases at once until the claims are made or time is up; how many were. */
    private int take(List<Authentication> officers, int claims, Timings timings) throws Exception {
        AtomicInteger left = new AtomicInteger(claims);
        long end = System.nanoTime() + LONGEST.toNanos();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(officers.size())) {
            List<Future<Integer>> running = officers.stream().map(officer -> pool.submit(() -> {
                signIn(officer);
                try {
                    start.await();
                    int taken = 0;
                    while (System.nanoTime() < end && left.getAndDecrement() > 0) {
                        timings.time("Take next", cases::takeNext).orElseThrow();
                        taken++;
                    }
                    return taken;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            })).toList();
            start.countDown();
            int taken = 0;
            for (Future<Integer> officer : running) {
                taken += officer.get();
            }
            return taken;
        }
    }

    private List<String> plan(String when, CaseBacklog backlog, String officer) {
        List<String> lines = new ArrayList<>(List.of("", "Plan of the query that finds the case, " + when + ":", "", "```"));
        lines.addAll(backlog.explain(CaseClaims.NEXT.replace(":officer", "?"), officer, officer));
        lines.add("```");
        return lines;
    }
}
