package org.porth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.porth.PortalApplication;
import org.porth.e2e.Browser;
import org.porth.e2e.Viewport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The live heap one resident's session costs: Chromium opens a page in {@code porth.bench.sessions}
 * new sessions (cookies cleared before each; Vaadin keeps every UI until its heartbeats stop), and the
 * heap after a full collection grows by this much per session. On the start page, the services
 * page, a form page signed in and My requests signed in. Not part of the test suite:
 * {@code ./mvnw -Pbench test -Dtest=SessionHeapBench}; the report goes to target/bench/session-heap.md.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = WebEnvironment.DEFINED_PORT, properties = {
        "vaadin.heartbeatInterval=3600", "management.server.port=0",
        "spring.datasource.url=jdbc:h2:mem:session-heap;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class SessionHeapBench {

    private static final int SESSIONS = Integer.getInteger("porth.bench.sessions", 20);
    private static final Path REPORT = Path.of("target", "bench", "session-heap.md");

    @LocalServerPort
    private int port;

    /** A port of its own, known before start-up: the sign-in comes back to porth.base-url, which names it. */
    @DynamicPropertySource
    static void ownPort(DynamicPropertyRegistry registry) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            int free = socket.getLocalPort();
            registry.add("server.port", () -> free);
        }
    }
    private ChromeDriver browser;
    private WebDriverWait wait;
    private final Set<String> sessionIds = new HashSet<>();

    @Test
    void aResidentsSessionCostsLittleHeap() throws Exception {
        browser = Browser.start(Viewport.PHONE);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Map<String, Long> perSession = new LinkedHashMap<>();
        try {
            perSession.put("start page", bytesPerSession(() -> open("/")));
            perSession.put("services page", bytesPerSession(() -> open("/services")));
            perSession.put("a form page, signed in", bytesPerSession(() -> signInTo("/apply/pothole")));
            perSession.put("My requests, signed in", bytesPerSession(() -> signInTo("/my-requests")));
        } finally {
            browser.quit();
        }
        StringBuilder report = new StringBuilder("| page | live heap a session |\n|---|---|\n");
        perSession.forEach((page, bytes) -> report.append("| ").append(page).append(" | ")
                .append(bytes / 1024).append(" KB |\n"));
        report.append("\n").append(SESSIONS).append(" sessions a page, heap after a full collection, Java ")
                .append(Runtime.version()).append('\n');
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.println(report);
        assertThat(sessionIds).as("one session a visit").hasSize(4 * (SESSIONS + 1));
    }

    /** One visit to warm up (classes loaded, caches filled), then the heap before and after SESSIONS more. */
    private long bytesPerSession(Runnable visit) throws InterruptedException {
        newSession(visit);
        long before = liveHeap();
        for (int i = 0; i < SESSIONS; i++) {
            newSession(visit);
        }
        browser.get("about:blank");
        long perSession = (liveHeap() - before) / SESSIONS;
        System.out.println("Live heap a session: " + perSession / 1024 + " KB"); // as it goes: a later page may fail
        return perSession;
    }

    private void newSession(Runnable visit) {
        // every cookie, whatever page is open (deleteAllCookies clears only the open page's; none on about:blank)
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        visit.run();
        sessionIds.add(browser.manage().getCookieNamed("JSESSIONID").getValue());
    }

    /** A resident's page, through the embedded provider's sign-in as Sam (a form's start opens its first page). */
    private void signInTo(String path) {
        browser.get("http://localhost:" + port + path);
        wait.until(ExpectedConditions.urlContains("/idp/login"));
        browser.findElement(By.id("username")).sendKeys("sam");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(page -> !page.getCurrentUrl().contains("/idp/") && !page.getCurrentUrl().contains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
