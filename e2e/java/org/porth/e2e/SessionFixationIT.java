package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Cookie;

/**
 * A session id someone knew before sign-in (planted in the browser, or read over a shoulder) is
 * worth nothing: signing in gives a new one, and signing out with the header's "Sign out" ends it,
 * so the id of the signed-in session no longer opens anything. Residents and staff alike, in a
 * browser, with the ids tried again over plain HTTP.
 */
class SessionFixationIT extends PortalBrowserTest {

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"sam, /my-requests", "cara, /staff"})
    void theSessionIdChangesAtSignInAndDiesAtSignOut(String username, String page) {
        startBrowser(Viewport.DESKTOP);
        open(page);
        waitUntil(d -> path().equals("/idp/login"));
        String beforeSignIn = sessionId();
        assertThat(beforeSignIn).as("the visitor has a session before signing in").isNotNull();

        signInAs(username);
        assertThat(path()).isEqualTo(page);
        String signedIn = sessionId();

        assertThat(signedIn).as("a new session id at sign-in").isNotEqualTo(beforeSignIn);
        assertThat(opens(page, beforeSignIn)).as("the id known before sign-in opens nothing").isFalse();
        assertThat(opens(page, signedIn)).as("the new id is the signed-in session").isTrue();

        signOut("Sign out");
        waitUntil(d -> path().equals("/"));

        assertThat(opens(page, signedIn)).as("the signed-in session's id after sign-out").isFalse();
        open(page);
        assertThat(path()).as("the browser is signed out too").isEqualTo("/idp/login");
    }

    private String sessionId() {
        Cookie cookie = driver.manage().getCookieNamed(HttpVisitor.SESSION_COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    /** Whether the page opens, for someone else holding this session id, rather than sending them to sign in. */
    private boolean opens(String page, String sessionId) {
        HttpVisitor someoneElse = new HttpVisitor(url(""));
        someoneElse.useSession(sessionId);
        return someoneElse.get(page).status() == 200;
    }
}
