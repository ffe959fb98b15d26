package org.porth.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.resident.Somebody.signIn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.casework.CaseQuery;
import org.porth.casework.CaseQueues;
import org.porth.casework.CaseSort;
import org.porth.casework.CaseStatus;
import org.porth.casework.SlaState;
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
 * The queue view benchmark: 100,000 cases on PostgreSQL, two fifths in one team's four queues and
 * the rest over the council's queues, of every status (a quarter closed), a third assigned, some
 * at risk or breached; the server time of opening the queue view (the queue counts, then the first
 * page of 50 of all the team's open cases, most urgent first), for a caseworker and a supervisor.
 * Not part of the test suite: {@code ./mvnw -Pbench test -Dtest=QueueViewBench}.
 */
@SpringBootTest
@OnOwnPostgresSchema
class QueueViewBench {

    private static final int CASES = Integer.getInteger("porth.bench.cases", 100_000);
    private static final int WARM_UP = 100;
    private static final int REPETITIONS = 200;
    private static final Path REPORT = Path.of("target", "bench", "queue-view.md");

    @Autowired
    private CaseQueues queues;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anOfficerOpensTheQueueViewOverAHundredThousandCases() throws Exception {
        CaseFixtures team = new CaseFixtures(jdbc);
        List<String> ours = List.of(team.queue, team.anotherQueue(), team.anotherQueue(), team.anotherQueue());
        List<String> everyQueue = Stream.concat(ours.stream(), jdbc.queryForList(
                "select id from work_queue where team_id <> ?", String.class, team.team).stream()).toList();
        CaseBacklog backlog = new CaseBacklog(jdbc);
        Duration seeding = backlog.seed(team, CASES * 2 / 5, ours, CaseBacklog::mixed);
        seeding = seeding.plus(backlog.seed(team, CASES - CASES * 2 / 5, everyQueue, CaseBacklog::mixed));
        Authentication caseworker = member(team, "Caseworker", Role.CASEWORKER);
        Authentication supervisor = member(team, "Supervisor", Role.SUPERVISOR);

        List<String> report = new ArrayList<>();
        report.add("%,d cases seeded in %.1f s; %d processors, JDK %s".formatted(CASES, seeding.toMillis() / 1000.0,
                Runtime.getRuntime().availableProcessors(), Runtime.version()));
        report.addAll(List.of("", "| operation | calls | median ms | p99 ms | max ms |", "|---|---|---|---|---|"));
        report.addAll(open("caseworker", caseworker));
        report.addAll(open("supervisor (counts of every queue)", supervisor));
        report.addAll(List.of("", "Plan of the first page:", "", "```"));
        report.addAll(backlog.explain(PAGE_PLAN, ours.toArray()));
        report.add("```");
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report);
        report.forEach(System.out::println);
    }

    private List<String> open(String who, Authentication officer) {
        signIn(officer);
        try {
            for (int i = 0; i < WARM_UP; i++) {
                openQueueView();
            }
            Timings timings = new Timings();
            for (int i = 0; i < REPETITIONS; i++) {
                timings.time("counts", () -> queues.counts());
                timings.time("first page", () -> queues.cases(CaseQuery.openIn(Set.of()), CaseSort.DEFAULT, 0, 50));
                timings.time("counts + first page", this::openQueueView);
                timings.time("search \"kitchen\": count + first page", this::searchBySummary);
            }
            return Stream.of("counts", "first page", "counts + first page", "search \"kitchen\": count + first page")
                    .map(operation -> timings.summary(operation).row().replaceFirst("\\| ", "| " + who + ": ")).toList();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int openQueueView() {
        assertThat(queues.counts()).isNotEmpty();
        return queues.cases(CaseQuery.openIn(Set.of()), CaseSort.DEFAULT, 0, 50).size();
    }

    /** The grid filtered by a word of the cases' summaries: the count of matches, then the first page of them. */
    private int searchBySummary() {
        CaseQuery kitchen = CaseQuery.openIn(Set.of()).matching("kitchen");
        assertThat(queues.count(kitchen)).isPositive();
        return queues.cases(kitchen, CaseSort.DEFAULT, 0, 50).size();
    }

    private Authentication member(CaseFixtures team, String name, Role role) {
        Authentication officer = People.signedIn(name + " " + team.queue, null, role);
        signIn(officer);
        team.member(currentUser.get().orElseThrow().id());
        SecurityContextHolder.clearContext();
        return officer;
    }

    /** CaseListing's query for the first page of four queues in the default order, as PostgreSQL gets it. */
    private static final String PAGE_PLAN = "select * from (" + String.join(" union all ", Collections.nCopies(4, """
            (select reference, service_id, queue_id, status, priority, ward, assigned_to, submitted_at, due_at,
                sla_state, routed_by_rule, summary_en, summary_cy, id
            from service_case where queue_id = ? and status <> 'CLOSED' order by priority desc, due_at, id
            fetch first 50 rows only)""")) + ") c order by priority desc, due_at, id offset 0 rows fetch next 50 rows only";
}
