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

import org.porth.apply.Applications;
import org.porth.apply.Submissions;
import org.porth.resident.ResidentProfiles;

/**
 * The apply load, on whichever database the benchmark's portal runs: simulated residents at once
 * (50, or {@code -Dporth.bench.residents}) fill in and submit a form, paced and then flat out,
 * after a warm-up; the median and 99th percentile server time of Start, Continue and Submit, and
 * forms a second, written to a report under target/bench and printed.
 */
final class ApplyLoad {

    private static final int RESIDENTS = Integer.getInteger("porth.bench.residents", 50);

    private final ResidentProfiles profiles;
    private final Applications applications;
    private final Submissions submissions;

    ApplyLoad(ResidentProfiles profiles, Applications applications, Submissions submissions) {
        this.profiles = profiles;
        this.applications = applications;
        this.submissions = submissions;
    }

    void report(String database, Path file) throws Exception {
        run("warm-up", 3, Duration.ZERO);
        List<String> report = new ArrayList<>();
        report.add("%d residents at once on %s, %d processors, JDK %s".formatted(
                RESIDENTS, database, Runtime.getRuntime().availableProcessors(), Runtime.version()));
        report.addAll(run("paced: about 1 s between pages", 4, Duration.ofSeconds(1)));
        report.addAll(run("flat out: no pause between pages", 10, Duration.ZERO));
        write(file, report);
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

    private static void write(Path file, List<String> report) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }
}
