package org.porth.e2e;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The portal as a process of its own, as an operator runs it: {@code java} with the portal's classes
 * and libraries (never the tests' settings in test-classes), in a working folder of the test's, so
 * the embedded defaults' {@code ./data} is the test's. It can be killed as a crash kills it
 * ({@link #kill()}: SIGKILL on Linux, nothing runs on the way down) and started again on the same
 * folder. Its output goes to {@code target/portal-process/<name>.log}, which a failure points at.
 */
final class PortalProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Path LOGS = Path.of("target", "portal-process");

    private final String name;
    private final Path workingFolder;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private final int port = freePort();
    private final Path log;
    private Process process;

    /**
     * @param name          names the log file
     * @param workingFolder where the portal runs: its {@code ./data}
     * @param environment   variables added to the process's (e.g. {@code PORTH_DB_URL})
     * @param arguments     Spring Boot arguments, e.g. {@code --spring.profiles.active=postgres}
     */
    PortalProcess(String name, Path workingFolder, Map<String, String> environment, String... arguments) {
        this.name = name;
        this.workingFolder = workingFolder;
        this.environment = environment;
        this.arguments = List.of(arguments);
        this.log = LOGS.resolve(name + ".log").toAbsolutePath();
    }

    /**
     * Starts the portal and waits until it answers; a portal that stops or never answers fails the
     * test. The JIT's first tier only: it starts sooner, and a test's few pages need no more.
     */
    void start() throws IOException, InterruptedException {
        Files.createDirectories(LOGS);
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx1g", "-XX:TieredStopAtLevel=1",
                "-cp", portalClassPath(), "org.porth.PortalApplication", "--server.port=" + port));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Files.writeString(log, "%n--- %s: starting %s on port %d in %s%n".formatted(Instant.now(), name, port,
                workingFolder), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        process = builder.start();
        waitUntilItAnswers();
    }

    /** Ends the process at once, as a crash or {@code kill -9} does: no shutdown hook, no flush, no close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The portal " + name + " did not die when killed: see " + log);
        }
    }

    /** The portal's address for a path, e.g. {@code /my-requests}. */
    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void waitUntilItAnswers() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant giveUp = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal " + name + " stopped while starting: see " + log);
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(url("/")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The portal " + name + " did not answer within " + START_TIMEOUT
                + ": see " + log);
    }

    /** The JVM running the tests: a JDK that can run the portal. */
    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * The tests' class path without test-classes: the portal's classes and the libraries, so the
     * portal reads its own application.properties and none of the tests' (which put the database in memory).
     */
    private static String portalClassPath() {
        String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(testClassPath.split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the portal under test", e);
        }
    }
}
