package org.porth.identity.localidp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.porth.PortalApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded provider over HTTP, on a port of its own, as a browser (or an attacker's script) uses
 * it: wrong passwords are throttled by account and by address, held back even when the right password
 * comes, logged and counted, and let through once the lock has passed (the portal's clock moved on by
 * the test); a burst of guesses at once is counted one by one; every sign-in's authorization is stored
 * in the database and purged after it expires.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = WebEnvironment.DEFINED_PORT)
@ExtendWith(OutputCaptureExtension.class)
@Import(EmbeddedProviderContract.MovableClock.class)
abstract class EmbeddedProviderContract {

    private static final String WRONG = "not-the-Pa55word";

    @LocalServerPort
    private int port;
    @Autowired
    private MutableClock clock;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private LocalIdpPurge purge;

    /** Each context (H2, PostgreSQL) on a free port of its own, which the portal builds its sign-in addresses from. */
    @DynamicPropertySource
    static void ownPort(DynamicPropertyRegistry registry) {
        int port = freePort();
        registry.add("server.port", () -> port);
    }

    @BeforeEach
    void noFailuresYet() {
        jdbc.update("delete from sign_in_throttle");
        clock.set(Instant.now());
    }

    @Test
    void wrongPasswordsLockTheAccountTheRightOneIsRefusedDuringTheLockAndAcceptedAfterIt(CapturedOutput log) {
        double failuresBefore = count(SignInThrottle.FAILURES);
        double locksBefore = meters.counter(SignInThrottle.LOCKS, "kind", "account").count();
        ProviderClient browser = client();
        browser.startPortalSignIn();

        for (int failure = 1; failure <= 3; failure++) {
            assertThat(browser.signIn("rhian", WRONG)).as("failure %d", failure).endsWith("error=credentials&username=rhian");
        }
        assertThat(browser.signIn("rhian", WRONG)).as("the fourth is still checked").endsWith("error=credentials&username=rhian");
        String heldBack = browser.signIn("rhian", "demo");
        assertThat(heldBack).as("the right password, too soon").contains("error=too-many").contains("retry-after=5");
        assertThat(text(browser.page(heldBack))).contains("There have been too many attempts to sign in. Try again in 5 seconds.");

        failPatientlyUntilLocked(browser, "rhian");
        String locked = browser.signIn("rhian", "demo");
        assertThat(locked).as("the right password during the lock").contains("error=too-many").contains("retry-after=900");
        assertThat(text(browser.page(locked))).contains("There have been too many attempts to sign in. Try again in 15 minutes.");
        assertThat(text(browser.page(locked + "&lang=cy"))).contains("Bu gormod o ymgeisiau i fewngofnodi. Rhowch gynnig arall ymhen 15 munud.");
        clock.advance(Duration.ofMinutes(14));
        assertThat(browser.signIn("rhian", "demo")).as("a minute before the lock ends").contains("retry-after=60");

        clock.advance(Duration.ofMinutes(1));
        String back = browser.followBackToPortal(browser.signIn("rhian", "demo"), true);

        assertThat(URI.create(back).getPath()).as("signed in to the portal").isEqualTo("/");
        assertThat(URI.create(back).getQuery()).isNull();
        assertThat(count(SignInThrottle.FAILURES) - failuresBefore).isEqualTo(10);
        assertThat(meters.counter(SignInThrottle.LOCKS, "kind", "account").count() - locksBefore).isEqualTo(1);
        assertThat(log.getOut()).contains("Sign-in failed for username 'rhian' from 127.0.0.1 (failure 1 for the account")
                .contains("Sign-in locked for account 'rhian' until")
                .contains("Sign-in refused unchecked for username 'rhian' from 127.0.0.1")
                .doesNotContain(WRONG);
        assertThat(failuresOf("ACCOUNT", "rhian")).as("the right password starts the account's count again").isNull();
    }

    @Test
    void guessesAtManyAccountsFromOneAddressLockTheAddress() {
        double locksBefore = meters.counter(SignInThrottle.LOCKS, "kind", "address").count();
        ProviderClient attacker = client();
        for (int guess = 1; guess <= 30; guess++) {
            assertThat(attacker.signIn("guess-" + guess, WRONG)).as("guess %d", guess).contains("error=credentials");
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(attacker.signIn("sam", "demo")).as("another account, right password, same address")
                .contains("error=too-many").contains("retry-after=840");
        assertThat(meters.counter(SignInThrottle.LOCKS, "kind", "address").count() - locksBefore).isEqualTo(1);
    }

    @Test
    void aBurstOfGuessesAtOnceIsCountedOneByOneAndHeldBackAfterTheFreeOnes() throws Exception {
        double refusalsBefore = count(SignInThrottle.REFUSALS);
        int burst = 12;
        CyclicBarrier together = new CyclicBarrier(burst);
        List<Future<String>> answers = new ArrayList<>();
        try (ExecutorService scripts = Executors.newFixedThreadPool(burst)) {
            for (int i = 0; i < burst; i++) {
                ProviderClient script = client();
                answers.add(scripts.submit(() -> {
                    script.page(LocalIdpConfiguration.LOGIN_PAGE);
                    together.await();
                    return script.signIn("cara", WRONG);
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> answer : answers) {
                outcomes.add(answer.get());
            }

            // the free three and the fourth are checked; the rest are refused unchecked, however close together
            assertThat(outcomes).filteredOn(outcome -> outcome.contains("error=credentials")).hasSize(4);
            assertThat(outcomes).filteredOn(outcome -> outcome.contains("error=too-many")).hasSize(burst - 4);
        }
        assertThat(failuresOf("ACCOUNT", "cara")).isEqualTo(4);
        assertThat(count(SignInThrottle.REFUSALS) - refusalsBefore).isEqualTo(burst - 4);
    }

    @Test
    void everySignInsAuthorizationIsStoredUntilItExpiresAndThenPurged() {
        jdbc.update("delete from oauth2_authorization");
        int signIns = 5;
        for (int i = 0; i < signIns; i++) {
            assertThat(URI.create(client().signInToPortal("sam", "demo")).getPath()).isEqualTo("/");
        }
        ProviderClient abandoned = client();
        abandoned.startPortalSignIn();
        abandoned.followBackToPortal(abandoned.signIn("sam", "demo"), false);
        Instant now = Instant.now();

        assertThat(storedAuthorizations()).as("one for each sign-in, and the abandoned one").isEqualTo(signIns + 1);
        assertThat(jdbc.queryForObject("select count(*) from oauth2_authorization where oidc_id_token_value is null",
                Integer.class)).as("the abandoned one's code was never exchanged").isEqualTo(1);

        purge.runOnce(now);
        assertThat(storedAuthorizations()).as("nothing has expired yet").isEqualTo(signIns + 1);
        purge.runOnce(now.plus(Duration.ofMinutes(10)));
        assertThat(storedAuthorizations()).as("the abandoned code has expired; the sign-ins can still sign out")
                .isEqualTo(signIns);
        purge.runOnce(now.plus(Duration.ofHours(13)));
        assertThat(storedAuthorizations()).as("past the sign-out window").isZero();
    }

    @Test
    void staffSignInWithItsRolesWorksFromTheStoredAuthorization() {
        // the user info endpoint reads the ID token's claims (roles among them) back from the database
        ProviderClient officer = client();
        officer.startPortalSignIn("staff");

        String back = officer.followBackToPortal(officer.signIn("sunil", "demo"), true);

        assertThat(URI.create(back).getPath()).as("the staff start page, not a failed sign-in").isEqualTo("/staff");
        assertThat(URI.create(back).getQuery()).isNull();
    }

    @Test
    void thePurgeForgetsFailuresAfterAnHourWithoutAnother() {
        ProviderClient browser = client();
        browser.signIn("alex", WRONG);
        clock.advance(Duration.ofHours(2));
        browser.signIn("sunil", WRONG);

        purge.runOnce(clock.instant());

        assertThat(failuresOf("ACCOUNT", "alex")).as("two hours without failures").isNull();
        assertThat(failuresOf("ACCOUNT", "sunil")).as("a failure just now").isEqualTo(1);
        assertThat(failuresOf("ADDRESS", "127.0.0.1")).as("the address failed just now").isEqualTo(1);
        purge.runOnce(clock.instant().plus(Duration.ofHours(1)).plusSeconds(1)); // just over an hour after it
        assertThat(failuresOf("ACCOUNT", "sunil")).isNull();
    }

    @Test
    void theMetricsAreNotPublishedOverTheWeb() {
        ProviderClient anyone = client();

        for (String path : List.of("/actuator/metrics", "/actuator/metrics/" + SignInThrottle.FAILURES, "/actuator/health")) {
            var response = anyone.get(path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("porth.signin").doesNotContain("\"status\"");
        }
    }

    @Test
    void theSignInPageWarnsOfTheDemoAccountsInEnglishAndWelsh() {
        ProviderClient browser = client();

        assertThat(browser.page(LocalIdpConfiguration.LOGIN_PAGE))
                .contains("<section class=\"porth-demo-banner\" aria-label=\"Demonstration portal\">")
                .contains("Anyone can sign in to its demo accounts because their passwords are published.");
        assertThat(browser.page(LocalIdpConfiguration.LOGIN_PAGE + "?lang=cy"))
                .contains("aria-label=\"Porth arddangos\"")
                .contains("Gall unrhyw un fewngofnodi i&#39;w gyfrifon arddangos");
    }

    /** Wrong passwords, each after the last one's wait, until the account is locked (the tenth failure). */
    private void failPatientlyUntilLocked(ProviderClient browser, String username) {
        for (int tries = 0; tries < 20; tries++) {
            String answer = browser.signIn(username, WRONG);
            Integer failures = failuresOf("ACCOUNT", username);
            if (failures != null && failures >= 10) {
                assertThat(answer).contains("error=credentials");
                return;
            }
            clock.advance(Duration.ofMinutes(1));
        }
        throw new AssertionError(username + " was never locked");
    }

    private Integer failuresOf(String kind, String subject) {
        return jdbc.query("select failures from sign_in_throttle where kind = ? and subject = ?",
                (row, n) -> row.getInt(1), kind, subject).stream().findFirst().orElse(null);
    }

    private int storedAuthorizations() {
        return jdbc.queryForObject("select count(*) from oauth2_authorization", Integer.class);
    }

    private double count(String counter) {
        return meters.counter(counter).count();
    }

    private ProviderClient client() {
        return new ProviderClient(port);
    }

    /** The page's text as a person reads it: tags gone, entities decoded. */
    private static String text(String html) {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the portal under test", e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClock {

        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(Instant.now(), ZoneId.of("Europe/London"));
        }
    }
}
