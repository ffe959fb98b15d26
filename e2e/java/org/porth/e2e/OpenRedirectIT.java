package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * No address of the portal sends a visitor to another site because of something in the link: not
 * sign-in with any of the usual "return to" parameters, not the page after an idle sign-out, not
 * the provider's sign-out or sign-in given another site to return to, not the language switch.
 * Over HTTP on the running portal, following every redirect a browser would.
 */
class OpenRedirectIT extends PortalBrowserTest {

    private static final List<String> ELSEWHERE = List.of("https://evil.example/", "//evil.example/",
            "/\\evil.example/", "\\\\evil.example/", "https:evil.example", "/%2F/evil.example/", "/\t/evil.example/");
    private static final List<String> RETURN_PARAMETERS = List.of("continue", "redirect", "redirect_uri", "redirectUrl",
            "return", "returnTo", "next", "url", "target", "targetUrl", "spring-security-redirect");

    private HttpVisitor visitor;

    @BeforeEach
    void aVisitor() {
        visitor = new HttpVisitor(url(""));
    }

    /**
     * Every parameter a sign-in might take the page to return to from, at once, each pointing to
     * another site in one of the ways that get past a careless check.
     */
    @Test
    void signInReturnsToThePortalWhateverTheLinkSays() {
        String parameters = IntStream.range(0, RETURN_PARAMETERS.size())
                .mapToObj(i -> RETURN_PARAMETERS.get(i) + "=" + encode(ELSEWHERE.get(i % ELSEWHERE.size())))
                .collect(Collectors.joining("&", "?", ""));
        for (String start : List.of("/sign-in", "/my-requests", "/staff")) {
            HttpVisitor fresh = new HttpVisitor(url(""));
            assertStaysOnThePortal(fresh, fresh.signIn(start + parameters, start.equals("/staff") ? "cara" : "sam"));
        }
        assertStaysOnThePortal(visitor, visitor.follow(visitor.get("/" + parameters)));
        assertStaysOnThePortal(visitor, visitor.signIn("/sign-in", "sam"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "/%5C%5Cevil.example", "/%5Cevil.example", "/my-requests/..%2F..%2Fevil"})
    void signInFromAStrangeAddressStaysOnThePortal(String start) {
        List<HttpVisitor.Answer> toSignIn = visitor.follow(visitor.get(start));
        assertStaysOnThePortal(visitor, toSignIn);
        if (toSignIn.getLast().uri().getPath().equals("/idp/login")) {
            assertStaysOnThePortal(visitor, visitor.signIn("/sign-in", "sam"));
        }
    }

    @Test
    void afterAnIdleSignOutThePageOnlyReturnsToAPathOfThePortal() {
        visitor.signIn("/sign-in", "sam");
        for (String elsewhere : List.of("https://evil.example/", "//evil.example/", "/\\evil.example/",
                "\\\\evil.example/", "https:evil.example", "/%2F/evil.example/", "/{x}", "/my-requests/{ref}")) {
            HttpVisitor.Answer answer = visitor.get("/session-expired?continue=" + encode(elsewhere));

            assertThat(answer.isRedirect()).as("%s for continue=%s", answer, elsewhere).isTrue();
            assertThat(visitor.isPortal(HttpVisitor.target(answer))).as("%s for continue=%s", answer, elsewhere).isTrue();
        }
    }

    @Test
    void theProviderReturnsFromSignOutOnlyToTheAddressRegisteredForThePortal() {
        String token = HttpVisitor.pageToken(visitor.signIn("/sign-in", "sam").getLast().body());
        HttpVisitor.Answer signOut = visitor.post("/logout", Map.of("_csrf", token));
        URI toProvider = HttpVisitor.target(signOut);
        assertThat(toProvider.getPath()).isEqualTo("/connect/logout");
        assertThat(toProvider.getQuery()).contains("post_logout_redirect_uri=" + url("/?signed-out"));

        for (String elsewhere : List.of("https://evil.example/", url("/?signed-out").replace("localhost", "evil.example"),
                url("/?signed-out") + "@evil.example", url("/?signed-out") + "/../../evil")) {
            String tampered = toProvider.toString().replaceFirst("post_logout_redirect_uri=[^&]*",
                    "post_logout_redirect_uri=" + encode(elsewhere));

            assertStaysOnThePortal(visitor, visitor.follow(visitor.get(tampered)));
        }
    }

    @Test
    void theProviderNeverSendsACodeToAnotherSite() {
        visitor.signIn("/sign-in", "sam");
        for (String client : List.of("porth-resident", "porth-staff")) {
            for (String elsewhere : List.of("https://evil.example/login/oauth2/code/resident",
                    url("/login/oauth2/code/resident").replace("localhost", "evil.example"),
                    url("/login/oauth2/code/resident") + "/../../../evil", url("@evil.example/"))) {
                String authorize = "/oauth2/authorize?response_type=code&scope=openid&state=s&client_id=" + client
                        + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
                        + "&redirect_uri=" + encode(elsewhere);

                assertStaysOnThePortal(visitor, visitor.follow(visitor.get(authorize)));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/services", "/my-requests", "//evil.example", "/%5Cevil.example", "/%2F%2Fevil.example"})
    void theLanguageSwitchStaysOnThePortal(String page) {
        assertStaysOnThePortal(visitor, visitor.follow(visitor.get(page + "?lang=cy")));
        visitor.signIn("/sign-in", "sam");
        assertStaysOnThePortal(visitor, visitor.follow(visitor.get(page + "?lang=en")));
    }

    /**
     * The language link points at the page it is on: for an address with doubled or backslashed
     * slashes, that is still a page of the portal, never {@code //evil.example}, another site.
     */
    @Test
    void theLanguageLinkPointsAtThisSiteWhateverTheAddress() {
        startBrowser(Viewport.DESKTOP);
        int linksSeen = 0;
        for (String path : List.of("//evil.example", "//services//evil.example", "/services//evil.example",
                "/services/.//evil.example", "//services/%2E%2E//evil.example", "/\\evil.example", "/services/\\evil.example")) {
            driver.get(url(path));
            waitUntil(d -> !d.findElements(By.cssSelector("a[hreflang]")).isEmpty()
                    || d.findElements(By.tagName("script")).isEmpty());
            for (WebElement link : driver.findElements(By.cssSelector("a[hreflang]"))) {
                URI target = URI.create(link.getDomProperty("href"));
                assertThat(visitor.isPortal(target)).as("the language link on %s: %s", path, target).isTrue();
                linksSeen++;
            }
        }
        assertThat(linksSeen).as("pages with a language link among them").isPositive();
    }

    private static void assertStaysOnThePortal(HttpVisitor visitor, List<HttpVisitor.Answer> journey) {
        for (HttpVisitor.Answer answer : journey) {
            if (answer.isRedirect()) {
                assertThat(visitor.isPortal(HttpVisitor.target(answer))).as("%s, on the way %s", answer, journey).isTrue();
            }
            assertThat(answer.status()).as("%s, on the way %s", answer, journey).isLessThan(500);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
