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
 * The portal as an operator runs it: the jar that {@code ./mvnw package} built, started as README
 * says ({@code java -jar target/porth-0.1.0-SNAPSHOT.jar ...}) with its settings in environment
 * variables, in a working folder of the test's (so the embedded defaults' {@code ./data} is the
 * test's), on a port of its own. It can be killed as a crash kills it ({@link #kill()}: SIGKILL, nothing
 * runs on the way down) and started again on the same folder. Its output goes to {@code porth.log}
 * in the folder, which a failure quotes.
 */
final class PortalProcess implements AutoCloseable {

    /** Where the build put the jar (failsafe says so; README names the same file). */
    static final File JAR = new File(System.getProperty("porth.e2e.jar", "target/porth-0.1.0-SNAPSHOT.jar"));
    private static final Duration START_UP = Duration.ofMinutes(3);

    private final Path folder;
    private final Path log;
    private final int port = PortalBrowserTest.freePort();
    private Process process;

    PortalProcess(Path folder) {
        this.folder = folder;
        this.log = folder.resolve("porth.log");
    }

    int port() {
        return port;
    }

    /** The portal's address for a path, e.g. {@code /my-requests}. */
    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Starts {@code java -jar <jar> <arguments>} with the environment's variables added to this
     * process's own, less any {@code PORTH_*} or {@code SPRING_*} of the machine's, and
     * {@code SERVER_PORT} set to the port (the management port to another free one). Only the first
     * tier of the JIT ({@code JDK_JAVA_OPTIONS}): it starts sooner, and a test's few pages need no more.
     */
    PortalProcess start(Map<String, String> environment, String... arguments) throws IOException {
        if (!JAR.isFile()) {
            throw new IllegalStateException(JAR + " is missing: these tests run the jar that ./mvnw package builds"
                    + " (./mvnw verify builds it before them)");
        }
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.getAbsolutePath()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("PORTH_") || name.startsWith("SPRING_"));
        builder.environment().put("JDK_JAVA_OPTIONS", "-XX:TieredStopAtLevel=1");
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("MANAGEMENT_SERVER_PORT", String.valueOf(PortalBrowserTest.freePort()));
        builder.environment().putAll(environment);
        process = builder.start();
        return this;
    }

    /** Waits until the portal answers its start page, or fails with its log when it stops or takes too long. */
    PortalProcess awaitServing() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        await("the portal answering at " + url("/")).atMost(START_UP).pollInterval(Duration.ofMillis(250))
                .failFast("the portal stopped:\n" + logTail(), () -> !process.isAlive())
                .until(() -> answers(http));
        return this;
    }

    /** Waits for the process to end by itself, as a refused start-up does, and gives its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(START_UP.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("The portal was expected to stop, and still runs:\n" + logTail());
        }
        return process.exitValue();
    }

    /** Ends the process at once, as a crash or {@code kill -9} does: no shutdown hook, no flush, no close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The portal did not die when killed:\n" + logTail());
        }
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the portal as a service manager would (SIGTERM), and kills it if it does not stop. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private String logTail() {
        String all = log();
        return all.substring(Math.max(0, all.length() - 8000));
    }

    private boolean answers(HttpClient http) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url("/"))).timeout(Duration.ofSeconds(5)).build(),
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
}
