package org.porth.e2e;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The jar that {@code ./mvnw package} built, run as README tells an operator to:
 * {@code java -jar target/porth-0.1.0-SNAPSHOT.jar --spring.profiles.active=...} with the
 * settings in environment variables, in a working folder of its own, its output in a log file there.
 */
final class ProductionJar implements AutoCloseable {

    /** Where the build put the jar (failsafe says so; README names the same file). */
    static final File JAR = new File(System.getProperty("porth.e2e.jar", "target/porth-0.1.0-SNAPSHOT.jar"));
    private static final Duration START_UP = Duration.ofMinutes(3);

    private final Process process;
    private final Path log;

    private ProductionJar(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java -jar <jar> <arguments>} in the folder, with exactly these environment variables added. */
    static ProductionJar start(Path folder, Map<String, String> environment, String... arguments) throws IOException {
        if (!JAR.isFile()) {
            throw new IllegalStateException(JAR + " is missing: these tests run the jar that ./mvnw package builds"
                    + " (./mvnw verify builds it before them)");
        }
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.getAbsolutePath()));
        command.addAll(List.of(arguments));
        Path log = folder.resolve("porth.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PORTH_") || name.startsWith("SPRING_"));
        builder.environment().putAll(environment);
        return new ProductionJar(builder.start(), log);
    }

    /** Waits until the portal answers on the address, or fails with its log when it stops or takes too long. */
    ProductionJar awaitServing(String address) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        await("the production jar answering at " + address).atMost(START_UP).pollInterval(Duration.ofMillis(250))
                .failFast("the production jar stopped:\n" + log(), () -> !process.isAlive())
                .until(() -> answers(http, address));
        return this;
    }

    /** Waits for the process to end by itself, as a refused start-up does, and gives its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(START_UP.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("The production jar was expected to stop, and still runs:\n" + log());
        }
        return process.exitValue();
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean answers(HttpClient http, String address) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(5)).build(),
                    BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The java of the JVM running the tests: the JDK ./mvnw chose. */
    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Stops the portal as a service manager would (SIGTERM), and kills it if it does not stop. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
