package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.porth.browserless.People;
import org.porth.channels.ApiClients;
import org.porth.channels.ApiScope;
import org.porth.channels.NewApiClient;
import org.porth.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A resident lets an app act for them in a browser, on a phone and a desktop, in English and in
 * Welsh: the consent page names the app and what it may do, Allow sends the browser back to the app
 * with a code, and the app is listed under "Apps you allowed" in My account, where removing it takes
 * it off at once. Every page axe-clean and none wider than the screen.
 */
class AllowAnAppIT extends PortalBrowserTest {

    @Autowired
    private ApiClients apiClients;

    @OnPhoneAndDesktop
    void aResidentAllowsAnAppSeesItInMyAccountAndRemovesIt(Viewport viewport) {
        String app = registerApp();
        startBrowser(viewport);

        startAuthorization(app);
        assertThat(heading()).isEqualTo("Allow " + appName(app) + " to use your account?");
        assertThat(driver.findElement(By.id("consent-scopes")).getText())
                .isEqualTo("Send requests to the council for you\nSee your requests and how they are going");
        assertNoSidewaysScrolling("consent page");
        assertAccessible("consent page");

        driver.findElement(By.id("allow")).click();
        waitUntil(d -> d.getCurrentUrl().contains("code=") && d.getCurrentUrl().contains("state=app-state"));

        openAllowedApps();
        assertThat(heading()).isEqualTo("Apps you allowed");
        assertThat(driver.findElement(By.id("my-apps")).getText()).contains(appName(app),
                "See your requests and how they are going");
        assertNoSidewaysScrolling("apps you allowed");
        assertAccessible("apps you allowed");

        click(driver.findElement(By.id("remove-" + app)));
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("my-apps-notice"),
                "You removed " + appName(app) + ". It can no longer use your account."));
        assertThat(driver.findElement(By.id("my-apps")).getText()).doesNotContain(appName(app));
        assertAccessible("apps you allowed, after removing one");
    }

    @Test
    void aWelshReaderOnAPhoneAllowsAnAppAndRemovesIt() {
        welsh = true;
        String app = registerApp();
        startBrowser(Viewport.PHONE);

        startAuthorization(app);
        click(driver.findElement(By.cssSelector("a[hreflang=cy]")));
        waitUntil(d -> "cy".equals(htmlLang()));
        assertThat(heading()).isEqualTo("Caniatáu i " + appName(app) + " ddefnyddio eich cyfrif?");
        assertThat(driver.findElement(By.id("consent-scopes")).getText())
                .contains("Gweld eich ceisiadau a sut maen nhw'n mynd", "Anfon ceisiadau i'r cyngor ar eich rhan");
        assertNoSidewaysScrolling("consent page, in Welsh");
        assertAccessible("consent page, in Welsh");

        driver.findElement(By.id("allow")).click();
        waitUntil(d -> d.getCurrentUrl().contains("code="));

        openAllowedApps();
        assertThat(htmlLang()).isEqualTo("cy");
        assertThat(heading()).isEqualTo("Apiau rydych wedi'u caniatáu");
        assertAccessible("apps you allowed, in Welsh");
        click(driver.findElement(By.id("remove-" + app)));
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("my-apps-notice"),
                "Rydych wedi tynnu " + appName(app) + "."));
        assertNoSidewaysScrolling("apps you allowed, in Welsh");
        assertAccessible("apps you allowed, in Welsh, after removing one");
    }

    /** The app asks Sam to let it act for him; Sam signs in at the embedded provider and sees the consent page. */
    private void startAuthorization(String app) {
        String redirect = URLEncoder.encode(url("/"), StandardCharsets.UTF_8);
        driver.get(url("/oauth2/authorize?response_type=code&client_id=" + app + "&redirect_uri=" + redirect
                + "&scope=requests:read%20requests:write&state=app-state"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGwSstw-cM&code_challenge_method=S256"));
        waitUntil(ExpectedConditions.urlContains("/idp/login"));
        driver.findElement(By.id("username")).sendKeys("sam");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUntil(ExpectedConditions.urlContains("/oauth2/consent"));
        waitForPage();
    }

    /** From My account, by its link (signing in to the portal passes straight through the provider). */
    private void openAllowedApps() {
        open(welsh ? "/my-account?lang=cy" : "/my-account");
        click(waitUntil(ExpectedConditions.elementToBeClickable(By.id("my-apps-link"))));
        waitUntil(d -> path().equals("/my-account/apps"));
        waitForPage();
    }

    private String registerApp() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(People.officer(Role.ADMIN));
        SecurityContextHolder.setContext(context);
        try {
            return apiClients.register(new NewApiClient("Bin day app " + UUID.randomUUID().toString().substring(0, 6),
                    "apps@porth.example.gov.uk", Set.of(ApiScope.REQUESTS_READ, ApiScope.REQUESTS_WRITE), "60", false,
                    url("/"))).clientId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String appName(String clientId) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(People.officer(Role.ADMIN));
        SecurityContextHolder.setContext(context);
        try {
            return apiClients.client(clientId).orElseThrow().name();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
