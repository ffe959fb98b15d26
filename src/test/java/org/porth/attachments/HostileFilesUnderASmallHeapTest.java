package org.porth.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files cannot exhaust the server's memory: the portal runs in a JVM of its own with a
 * 256 MB heap (a PDF whose page draws a picture of 40,000 by 40,000 pixels took the heap from 0.56 to
 * 2.5 GB before, and failed a 1 GB heap), which ends at the first {@code OutOfMemoryError}; the
 * {@link HostileFilesScenario} attacks it while other residents keep using it.
 */
class HostileFilesUnderASmallHeapTest {

    private static final String HEAP = "-Xmx256m";

    @TempDir
    private Path folder;

    @Test
    void hostilePdfsAndPhotosAreRefusedOrNotDrawnWhileOtherResidentsAreServed() throws Exception {
        Path log = folder.resolve("portal.log");
        Process portal = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                HostileFilesScenario.class.getName(), folder.resolve("files").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        boolean ended = portal.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            portal.destroyForcibly();
        }

        String output = output(log);
        assertThat(ended).as("the scenario ended within 10 minutes:%n%s", tail(output)).isTrue();
        assertThat(portal.exitValue()).as("exit code (3: out of memory, 1: a check failed):%n%s", tail(output)).isZero();
        assertThat(output).contains("SCENARIO huge photo refused: 2", "SCENARIO start page 200",
                "SCENARIO photo uploaded and downloaded").doesNotContain("OutOfMemoryError", "SCENARIO FAILED");
        output.lines().filter(line -> line.startsWith("SCENARIO")).forEach(System.out::println);
    }

    private static String output(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** The scenario's report, or the end of the log when it did not get that far. */
    private static String tail(String output) {
        String report = String.join("\n", output.lines().filter(line -> line.startsWith("SCENARIO")).toList());
        return report.isEmpty() ? output.substring(Math.max(0, output.length() - 5000)) : report;
    }
}
