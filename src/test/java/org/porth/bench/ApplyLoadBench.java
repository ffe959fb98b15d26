package org.porth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.porth.apply.Applications;
import org.porth.apply.Submissions;
import org.porth.database.OnOwnPostgresSchema;
import org.porth.resident.ResidentProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The apply load benchmark: 50 simulated residents at once filling in and submitting a form on
 * PostgreSQL, reporting the median and 99th percentile server time of a Continue (check the page,
 * save the draft) and of a Submit. Not part of the test suite: run it with
 * {@code ./mvnw -Pbench test}; the numbers go in docs/performance.md.
 */
@SpringBootTest
@OnOwnPostgresSchema
class ApplyLoadBench {

    private static final int RESIDENTS = Integer.getInteger("porth.bench.residents", 50);
    private static final Path REPORT = Path.of("target", "bench", "apply-load.md");

    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private Applications applications;
    @Autowired
    private Submissions submissions;

    @Test
    void fiftyResidentsFillInAndSubmitAtOnce() throws Exception {
        run("warm-up", 3, Duration.ZERO);
        List<String> report = new ArrayList<>();
        report.add("%d residents at once on PostgreSQL, %d processors, JDK %s".formatted(
                RESIDENTS, Runtime.getRuntime().availableProcessors(), Runtime.version()));
        report.addAll(run("paced: about 1 s between pages", 4, Duration.ofSeconds(1)));
        report.addAll(run("flat out: no pause between pages", 10, Duration.ZERO));
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report);
        report.forEach(System.out::println);
    }

    private List<String> run(String scenario, int formsEach, Duration thinkTime) throws Exception {
        Timings timings = new Timings();
        List<SimulatedResident> residents = IntStream.range(0, RESIDENTS)
                .mapToObj(i -> new SimulatedResident(profiles, applications, submissions, timings, formsEach, thinkTime))
                .toList();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(RESIDENTS)) {
            List<Future<?>> running = residents.stream().<Future<?>>map(pool::submit).toList();
            for (Future<?> resident : running) {
                resident.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int submitted = residents.stream().mapToInt(SimulatedResident::submitted).sum();
        assertThat(submitted).as("every form was submitted").isEqualTo(RESIDENTS * formsEach);
        return List.of("", "### " + scenario, "",
                "%,d forms submitted in %.1f s (%.1f forms/s)".formatted(submitted, seconds, submitted / seconds), "",
                "| operation | calls | median ms | p99 ms | max ms |", "|---|---|---|---|---|",
                timings.summary("Start").row(), timings.summary("Continue").row(), timings.summary("Submit").row());
    }
}
