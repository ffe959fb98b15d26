package org.porth.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.porth.PortalApplication;
import org.porth.browserless.People;
import org.porth.database.H2TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A resident lets an app act for them, over HTTP as the app and the resident's browser do it:
 * authorization code with PKCE, the resident signing in (the embedded provider here), the consent
 * page naming the app and what it may do, and a token naming the resident; removing the app in My
 * account stops its token at once.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ResidentDelegationTest {

    private static final String REDIRECT = "https://app.example.org/callback";

    @LocalServerPort
    private int port;
    @Autowired
    private ApiClients apiClients;
    @Autowired
    private AllowedApps allowedApps;
    @Autowired
    private JwtDecoder apiTokens;
    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        H2TestDatabase.useFreshDatabase(registry);
    }

    @Test
    void aResidentAllowsAnAppWhichGetsATokenNamingThemAndRemovingItStopsTheToken() throws Exception {
        String appName = "Porth app " + UUID.randomUUID().toString().substring(0, 8);
        IssuedSecret app = Administrator.does(() -> apiClients.register(new NewApiClient(appName,
                "apps@porth.example.gov.uk", Set.of(ApiScope.REQUESTS_READ, ApiScope.REQUESTS_WRITE), "60", false, REDIRECT)));
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        ResidentBrowser browser = new ResidentBrowser(port);

        String authorize = "/oauth2/authorize?response_type=code&client_id=" + app.clientId() + "&redirect_uri="
                + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8) + "&scope=requests:read&state=app-state-1"
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256";
        String signInPage = browser.location(browser.get(authorize));
        assertThat(URI.create(signInPage).getPath()).isEqualTo("/idp/login");
        String back = browser.signIn("sam", "demo");
        String consent = browser.location(browser.get(back));
        assertThat(URI.create(consent).getPath()).isEqualTo("/oauth2/consent");

        String page = browser.get(consent).body();
        assertThat(page).contains("Allow " + appName + " to use your account?", "See your requests and how they are going")
                .doesNotContain("Send requests to the council for you");
        String welsh = browser.get(consent + "&lang=cy").body();
        assertThat(welsh).contains("Caniatáu i " + appName + " ddefnyddio eich cyfrif?", "Gweld eich ceisiadau");

        Map<String, List<String>> consentParameters = UriComponentsBuilder.fromUriString(consent).build().getQueryParams();
        String answer = browser.location(browser.post("/oauth2/authorize", List.of(
                Map.entry("client_id", app.clientId()), Map.entry("state", urlDecoded(consentParameters.get("state").getFirst())),
                Map.entry("scope", "requests:read"))));
        assertThat(answer).startsWith(REDIRECT);
        Map<String, List<String>> callback = UriComponentsBuilder.fromUriString(answer).build().getQueryParams();
        assertThat(callback.get("state")).containsExactly("app-state-1");

        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", urlDecoded(callback.get("code").getFirst()));
        exchange.put("redirect_uri", REDIRECT);
        exchange.put("client_id", app.clientId());
        exchange.put("code_verifier", verifier);
        TokenClient.Answer token = new TokenClient(port).publicToken(exchange);

        assertThat(token.status()).isEqualTo(200);
        Jwt jwt = apiTokens.decode(token.accessToken());
        String samsResidentId = jdbc.queryForObject("select id from resident where account_id = 'resident:sam'", String.class);
        assertThat(jwt.getClaimAsString("resident_id")).isEqualTo(samsResidentId);
        assertThat(jwt.getClaimAsString("client_id")).isEqualTo(app.clientId());
        assertThat(jwt.getClaimAsString("client_name")).isEqualTo(appName);
        assertThat(jwt.getClaimAsStringList("scope")).containsExactly("requests:read");

        asSam(() -> assertThat(allowedApps.mine()).extracting(AllowedApp::name).contains(appName));
        asSam(() -> allowedApps.remove(app.clientId()));

        asSam(() -> assertThat(allowedApps.mine()).extracting(AllowedApp::name).doesNotContain(appName));
        assertThatThrownBy(() -> apiTokens.decode(token.accessToken())).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("removed");
    }

    private static String urlDecoded(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static void asSam(Runnable work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(People.sam());
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String challenge(String verifier) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
