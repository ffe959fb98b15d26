package org.porth.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import org.porth.casework.CaseStatus;
import org.porth.casework.Priority;
import org.porth.casework.SlaState;
import org.porth.casework.internal.CaseFixtures;
import org.porth.casework.internal.CaseFixtures.NewCase;
import org.porth.catalogue.Text;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A backlog of cases for the casework benchmarks, written in JDBC batches: priorities mixed, submitted
 * over the last 60 days and due over the next 30, from a fixed seed so runs compare.
 */
final class CaseBacklog {

    private final JdbcTemplate jdbc;
    private final Random random = new Random(42);

    CaseBacklog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the cases the shaper makes of each (queue, random) and fresh statistics; the time it took. */
    Duration seed(CaseFixtures fixtures, int count, List<String> queues, BiFunction<NewCase, Random, NewCase> shaper) {
        long start = System.nanoTime();
        Instant now = Instant.now();
        List<NewCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            NewCase made = NewCase.in(queues.get(random.nextInt(queues.size())))
                    .priority(Priority.values()[random.nextInt(Priority.values().length)])
                    .submitted(now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60))))
                    .due(now.plus(Duration.ofMinutes(random.nextInt(30 * 24 * 60))));
            cases.add(shaper.apply(made, random));
        }
        fixtures.insert(cases);
        // as autovacuum would soon after a load: the planner needs to know the table is big
        jdbc.execute("analyze service_case");
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * A case as a busy queue has them: a quarter closed, the rest at every stage of work, a third
     * assigned, one in ten at risk and one in twenty breached, in one of ten wards.
     */
    /** What the cases are about: a summary line of about the length real ones have, with a house number. */
    private static final List<Text> ABOUT = List.of(
            new Text("Leaking pipe – Kitchen", "Pibell yn gollwng – Cegin"),
            new Text("Black bin (general rubbish), Food waste caddy – %d Stryd Fawr", "Bin du, Cadi gwastraff bwyd – %d Stryd Fawr"),
            new Text("Deeper than 5cm – In the road – outside number %d", "Yn ddyfnach na 5cm – Yn y ffordd – y tu allan i rif %d"),
            new Text("Damp or mould – Bedroom", "Lleithder neu lwydni – Ystafell wely"),
            new Text("Light stays off – Heol y Castell, lamp %d", "Golau wedi diffodd – Heol y Castell, lamp %d"));

    static NewCase mixed(NewCase made, Random random) {
        Text about = ABOUT.get(random.nextInt(ABOUT.size()));
        int number = random.nextInt(200);
        CaseStatus[] open = {CaseStatus.SUBMITTED, CaseStatus.IN_TRIAGE, CaseStatus.IN_PROGRESS,
                CaseStatus.AWAITING_RESIDENT, CaseStatus.RESOLVED};
        int sla = random.nextInt(20);
        return made.status(random.nextInt(4) == 0 ? CaseStatus.CLOSED : open[random.nextInt(open.length)])
                .assignedTo(random.nextInt(3) == 0 ? "staff:officer-" + random.nextInt(40) : null)
                .sla(sla == 0 ? SlaState.BREACHED : sla < 3 ? SlaState.AT_RISK : SlaState.ON_TRACK)
                .ward("Ward " + random.nextInt(10))
                .about(new Text(about.en().formatted(number), about.cy().formatted(number)));
    }

    /** PostgreSQL's plan for the query, run for real, with its timings and buffers. */
    List<String> explain(String sql, Object... params) {
        return jdbc.queryForList("explain (analyze, buffers) " + sql, String.class, params);
    }
}
