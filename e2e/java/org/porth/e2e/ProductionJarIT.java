package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.porth.database.OnOwnPostgresSchema;
import org.porth.database.PostgresTestDatabase;
import org.porth.e2e.TestOpenIdProvider.Account;
import org.porth.e2e.TestOpenIdProvider.Client;
import tools.jackson.databind.json.JsonMapper;

/**
 * Production as README describes it: the jar that {@code ./mvnw package} built, started with
 * {@code java -jar target/porth-0.1.0-SNAPSHOT.jar --spring.profiles.active=prod,postgres} and the
 * PORTH_* variables, residents and staff signing in through an OpenID Connect provider of their own
 * (run by the test), behind a TLS proxy that says {@code X-Forwarded-Proto: https}.
 */
@OnOwnPostgresSchema
class ProductionJarIT {

    private static final String README_PROFILES = "--spring.profiles.active=prod,postgres";
    private static final Duration PAGE_LOAD = Duration.ofSeconds(30);

    @TempDir
    static Path folder;
    private static TestOpenIdProvider provider;
    private static PortalProcess portal;
    private static String address;
    private static PostgresTestDatabase.Schema database;

    private final HttpClient http = HttpClient.newHttpClient();
    private ChromeDriver browser;

    @BeforeAll
    static void startTheProviderAndThePortal() throws Exception {
        provider = TestOpenIdProvider.start();
        database = PostgresTestDatabase.createSchemaFor(ProductionJarIT.class);
        portal = new PortalProcess(folder);
        address = portal.url("");
        portal.start(environment(provider, portal.port(), database), README_PROFILES).awaitServing();
    }

    /** Every variable README lists for production, for a portal on the port. */
    static Map<String, String> environment(TestOpenIdProvider provider, int port, PostgresTestDatabase.Schema database) {
        String base = "http://localhost:" + port;
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PORTH_BASE_URL", base);
        environment.put("PORTH_DB_URL", database.url());
        environment.put("PORTH_DB_USER", database.user());
        environment.put("PORTH_DB_PASSWORD", database.password());
        for (String registration : List.of("resident", "staff")) {
            var client = new Client("porth-" + registration, UUID.randomUUID().toString(),
                    base + "/login/oauth2/code/" + registration);
            provider.register(client);
            String prefix = "PORTH_" + registration.toUpperCase() + "_";
            environment.put(prefix + "CLIENT_ID", client.id());
            environment.put(prefix + "CLIENT_SECRET", client.secret());
            environment.put(prefix + "AUTHORIZATION_URI", provider.issuer() + "/authorize");
            environment.put(prefix + "TOKEN_URI", provider.issuer() + "/token");
            environment.put(prefix + "JWK_SET_URI", provider.issuer() + "/jwks");
            environment.put(prefix + "USER_INFO_URI", provider.issuer() + "/userinfo");
            environment.put(prefix + "END_SESSION_URI", provider.issuer() + "/logout");
        }
        return environment;
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (portal != null) {
            portal.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            try {
                assertThat(Browser.contentSecurityPolicyViolations(browser)).as("blocked by the CSP").isEmpty();
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void aResidentSignsInWithTheirProviderInASecureCookieSessionAndSignsOutThere() {
        provider.signsInNext(new Account("one-login-7f3a", Map.of("given_name", "Nia", "family_name", "Hughes",
                "email", "nia.hughes@example.com")));
        browser = Browser.start(Viewport.DESKTOP);

        open("/my-requests");
        awaitHeading("My requests");
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/my-requests");

        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session.isSecure()).as("Secure").isTrue();
        assertThat(session.isHttpOnly()).as("HttpOnly").isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");

        browser.findElement(By.xpath("//button[normalize-space(.)='Sign out']")).click();
        new WebDriverWait(browser, PAGE_LOAD).until(d -> d.getCurrentUrl().endsWith("/?signed-out"));
    }

    @Test
    void aStaffMemberSignsInWithTheirRolesFromTheStaffProvider() {
        provider.signsInNext(new Account("entra-0c51", Map.of("given_name", "Gareth", "family_name", "Price",
                "email", "gareth.price@council.example.gov.uk", "roles", List.of("CASEWORKER"))));
        browser = Browser.start(Viewport.DESKTOP);

        open("/staff");
        awaitHeading("Your work");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Hello, Gareth Price.");

        for (String path : List.of("/idp/login", "/.well-known/openid-configuration")) {
            open(path);
            awaitHeading("Page not found");
        }
    }

    /** The embedded sign-in provider's pages; the API's authorization server is on in prod (decision 0033). */
    @ParameterizedTest
    @ValueSource(strings = {"/idp/login", "/.well-known/openid-configuration", "/userinfo"})
    void theEmbeddedProviderIsNotThere(String path) throws Exception {
        HttpResponse<String> response = get(path, false);
        HttpResponse<String> unknown = get("/no-such-page", false);

        assertThat(response.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).isEqualTo(unknown.headers().firstValue("Location"));
        assertThat(response.body()).isEmpty();
    }

    @Test
    void theApiAuthorizationServerPublishesItsSigningKeyOnly() throws Exception {
        HttpResponse<String> keys = get("/oauth2/jwks", false);

        assertThat(keys.statusCode()).isEqualTo(200);
        assertThat(keys.body()).contains("\"keys\"", "\"kty\":\"RSA\"").doesNotContain("\"d\":");
    }

    @Test
    void behindTheTlsProxyEveryResponseCarriesTheSecurityHeadersAndHsts() throws Exception {
        HttpResponse<String> response = get("/", true);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(response.headers().firstValue("Permissions-Policy")).get().asString()
                .contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(get("/", false).headers().firstValue("Strict-Transport-Security"))
                .as("no HSTS on a request that did not come over HTTPS").isEmpty();
    }

    @Test
    void theSessionCookieIsSecureHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> response = get("/oauth2/authorization/resident", true);

        assertThat(response.headers().firstValue("Location")).get().asString().startsWith(provider.issuer() + "/authorize?");
        assertThat(response.headers().allValues("Set-Cookie")).singleElement().asString()
                .startsWith("JSESSIONID=").contains("; Secure", "; HttpOnly", "; SameSite=Lax");
    }

    /**
     * A resident lets an app act for them on prod (decision 0033's authorization server, the resident
     * signing in at their own provider): the app's token works at the API until the resident removes
     * the app in My account, and not a call after.
     */
    @Test
    void aResidentAllowsAnAppWhoseTokenWorksUntilTheyRemoveIt() throws Exception {
        AppActingForAResident app = AppActingForAResident.registered(database, address);
        Account rhys = new Account("one-login-a91c", Map.of("given_name", "Rhys", "family_name", "Owen",
                "email", "rhys.owen@example.com"));
        provider.signsInNext(rhys);
        HttpVisitor visitor = new HttpVisitor(address);

        HttpVisitor.Answer toProvider = visitor.follow(visitor.get(app.authorization("requests:read", "app-state-7"))).getLast();
        assertThat(HttpVisitor.target(toProvider).toString()).startsWith(provider.issuer() + "/authorize?");
        HttpVisitor.Answer signedIn = visitor.send(HttpRequest.newBuilder(HttpVisitor.target(toProvider)).GET());
        HttpVisitor.Answer consent = visitor.follow(signedIn).getLast();
        assertThat(consent.uri().getPath()).isEqualTo("/oauth2/consent");
        assertThat(consent.body()).contains("Allow " + app.name() + " to use your account?",
                "See your requests and how they are going");

        HttpVisitor.Answer allowed = visitor.post("/oauth2/authorize",
                AppActingForAResident.allowing(consent.uri(), app.clientId(), "requests:read"));
        AppActingForAResident.assertRedirectedBack(allowed.location().orElseThrow(), "app-state-7");
        HttpResponse<String> token = app.token(allowed.location().orElseThrow());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String accessToken = JsonMapper.builder().build().readTree(token.body()).get("access_token").asString();

        String unknownRequest = "/api/v1/requests/PTH-0000-0000";
        assertThat(app.call(unknownRequest, accessToken).statusCode()).as("the token is accepted").isEqualTo(404);

        provider.signsInNext(rhys);
        browser = Browser.start(Viewport.DESKTOP);
        open("/my-account/apps");
        awaitHeading("Apps you allowed");
        browser.findElement(By.id("remove-" + app.clientId())).click();
        new WebDriverWait(browser, PAGE_LOAD).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("my-apps-notice"), "You removed " + app.name() + "."));

        HttpResponse<String> afterRemoving = app.call(unknownRequest, accessToken);
        assertThat(afterRemoving.statusCode()).isEqualTo(401);
    }

    @Test
    void noDemoDataIsLoaded() throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            assertThat(count(connection, "select count(*) from flyway_schema_history where success")).isPositive();
            assertThat(count(connection, "select count(*) from flyway_schema_history where script like '%demo%'")).isZero();
            assertThat(count(connection, "select count(*) from team_member")).isZero();
            assertThat(count(connection, "select count(*) from staff_member"
                    + " where account_id in ('staff:cara', 'staff:sunil', 'staff:alex')")).isZero();
        }
    }

    private void open(String path) {
        browser.get(address + path);
    }

    private void awaitHeading(String heading) {
        new WebDriverWait(browser, PAGE_LOAD).until(d -> d.findElements(By.tagName("h1")).stream()
                .anyMatch(h1 -> heading.equals(h1.getText())));
    }

    private HttpResponse<String> get(String path, boolean overHttps) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address + path)).GET();
        if (overHttps) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

}
