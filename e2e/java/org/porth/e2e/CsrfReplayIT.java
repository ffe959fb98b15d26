package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.e2e.Acting.SAM;
import static org.porth.e2e.Acting.as;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.porth.casework.ResidentCases;
import org.porth.casework.TimelineItem;
import org.porth.casework.internal.CaseOpening;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.resident.ResidentProfiles;
import org.porth.tracking.SentRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A request someone else made up or copied is refused unless it carries the token of the session it
 * is sent in: a page's own requests to the portal (Vaadin's, with {@code csrfToken} in the body), the
 * sign-out form and the embedded provider's sign-in form, each tried with a wrong token, none, and
 * another session's, then with the right one to show that the token was all that was wrong.
 */
class CsrfReplayIT extends PortalBrowserTest {

    private static final Pattern PAGE_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final String MESSAGE = "Please look at the drain too.";
    /** Holds back the page's first request carrying a click, for the test to send as it likes. */
    private static final String HOLD_BACK_THE_CLICK = """
            window.__heldBack = null;
            const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
            XMLHttpRequest.prototype.open = function (method, url) { this.__url = url; return open.apply(this, arguments); };
            XMLHttpRequest.prototype.send = function (body) {
              if (!window.__heldBack && typeof body === 'string' && body.includes('"event":"click"')) {
                window.__heldBack = {url: new URL(this.__url, document.baseURI).href, body: body};
                return;
              }
              return send.apply(this, arguments);
            };
            """;
    /** Sends the held-back request with its token replaced (a string), removed (null) or as it was (undefined). */
    private static final String SEND_HELD_BACK = """
            const [token, done] = [arguments[0], arguments[arguments.length - 1]];
            const message = JSON.parse(window.__heldBack.body);
            if (token === null) { delete message.csrfToken; } else if (token !== 'as-captured') { message.csrfToken = token; }
            fetch(window.__heldBack.url, {method: 'POST', headers: {'Content-Type': 'application/json; charset=UTF-8'},
                body: JSON.stringify(message)}).then(answer => done(answer.status), failure => done(String(failure)));
            """;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CaseOpening opening;
    @Autowired
    private Catalogue catalogue;
    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private ResidentCases cases;

    @Test
    void aPageRequestIsRefusedWithAWrongMissingOrForeignTokenAndNeverDoneTwice() {
        String reference = as(SAM, () -> new SentRequests(jdbc, opening, catalogue)
                .pothole(profiles.current().id().toString(), Channel.WEB, Instant.now()));
        startBrowser(Viewport.DESKTOP);
        open("/my-requests/" + reference);
        signInAs("sam");
        driver.findElement(By.cssSelector("#message textarea")).sendKeys(MESSAGE);
        script().executeScript(HOLD_BACK_THE_CLICK);
        button("Send message").click();
        waitUntil(d -> script().executeScript("return window.__heldBack") != null);

        for (String token : new String[] {UUID.randomUUID().toString(), null, anotherSessionsPageKey()}) {
            send(token);
            assertThat(messagesSent(reference)).as("sent with the token %s", token).isZero();
        }
        send("as-captured");
        assertThat(messagesSent(reference)).as("sent with its own token").isEqualTo(1);
        send("as-captured");
        assertThat(messagesSent(reference)).as("the same request again").isEqualTo(1);
    }

    @Test
    void signOutIsRefusedWithAWrongMissingOrForeignToken() {
        HttpVisitor sam = new HttpVisitor(url(""));
        String token = HttpVisitor.pageToken(sam.signIn("/sign-in", "sam").getLast().body());

        for (Map<String, String> form : tamperedForms(Map.of(), anotherVisitorsPageToken())) {
            assertThat(sam.post("/logout", form).status()).as("sign out with %s", form).isEqualTo(403);
            assertThat(sam.get("/my-requests").status()).as("still signed in after %s", form).isEqualTo(200);
        }
        assertThat(sam.post("/logout", Map.of("_csrf", token)).isRedirect()).isTrue();
        assertThat(sam.get("/my-requests").status()).as("signed out with the page's own token").isEqualTo(302);
    }

    @Test
    void theProvidersSignInFormIsRefusedWithAWrongMissingOrForeignToken() {
        HttpVisitor visitor = new HttpVisitor(url(""));
        String token = HttpVisitor.formToken(visitor.follow(visitor.get("/sign-in")).getLast().body());
        HttpVisitor someoneElse = new HttpVisitor(url(""));
        String foreign = HttpVisitor.formToken(someoneElse.follow(someoneElse.get("/sign-in")).getLast().body());
        Map<String, String> credentials = Map.of("username", "sam", "password", "demo");

        for (Map<String, String> form : tamperedForms(credentials, foreign)) {
            HttpVisitor.Answer refused = visitor.post("/idp/login", form);
            assertThat(refused.status()).as("sign in with %s", form.get("_csrf")).isIn(302, 403);
            if (refused.isRedirect()) {
                assertThat(HttpVisitor.target(refused).getPath()).as("refused, to the portal's sign-in").isEqualTo("/sign-in");
            }
            assertThat(visitor.follow(visitor.get("/my-requests")).getLast().uri().getPath()).as("not signed in")
                    .isEqualTo("/idp/login");
        }
        Map<String, String> right = new HashMap<>(credentials);
        right.put("_csrf", token);
        assertThat(visitor.follow(visitor.post("/idp/login", right)).getLast().status()).isEqualTo(200);
        assertThat(visitor.get("/my-requests").status()).as("signed in with the form's own token").isEqualTo(200);
    }

    /** The form with a made-up token, with none, and with another visitor's. */
    private static List<Map<String, String>> tamperedForms(Map<String, String> fields, String foreignToken) {
        return List.of(with(fields, UUID.randomUUID().toString()), fields, with(fields, foreignToken));
    }

    private static Map<String, String> with(Map<String, String> fields, String token) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("_csrf", token);
        return form;
    }

    private void send(String token) {
        Object status = script().executeAsyncScript(SEND_HELD_BACK, token);
        assertThat(status).as("the portal answered").isEqualTo(200L);
    }

    private long messagesSent(String reference) {
        List<TimelineItem> timeline = as(SAM, () -> cases.open(reference).timeline());
        return timeline.stream().filter(item -> MESSAGE.equals(item.detail())).count();
    }

    /** The token the pages of a session that is not this browser's send with their requests. */
    private String anotherSessionsPageKey() {
        HttpVisitor someoneElse = new HttpVisitor(url(""));
        someoneElse.get("/");
        Matcher key = PAGE_KEY.matcher(someoneElse.get("/?v-r=init&location=&query=").body());
        assertThat(key.find()).as("another session's page key").isTrue();
        return key.group(1);
    }

    private String anotherVisitorsPageToken() {
        return HttpVisitor.pageToken(new HttpVisitor(url("")).get("/").body());
    }

    private JavascriptExecutor script() {
        return driver;
    }
}
