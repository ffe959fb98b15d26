package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever goes wrong, a visitor learns nothing about the server: no stack trace, no exception's
 * name, no server software or version, in the body or the headers, for a page that does not exist,
 * a method the address does not take, a malformed address, a request body the portal cannot read
 * and headers too big to read. Over HTTP on the running portal, signed out and signed in.
 */
class ErrorDisclosureIT extends PortalBrowserTest {

    private static final String NO_SUCH_FILE = "/files/00000000000000000000000000000000";
    /** A stack trace's lines, an exception's name, or server software, with or without its version. */
    private static final Pattern DISCLOSURE = Pattern.compile(
            "Exception|Caused by|\\bat (java|jdk|org|com|jakarta)\\.|\\.java:\\d+|Tomcat|Apache|Jetty|Undertow"
                    + "|Whitelabel|Spring|Vaadin ?\\d|Java ?\\d|\\b\\d+\\.\\d+\\.\\d+\\b");

    private HttpVisitor visitor;

    @BeforeEach
    void aVisitor() {
        visitor = new HttpVisitor(url(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {NO_SUCH_FILE, NO_SUCH_FILE + "/preview", "/no-such-page", "/VAADIN/no-such-file.js",
            "/themes/porth/no-such-file.css", "/my-requests/PTH-0000-0000"})
    void anAddressThatLeadsNowhere(String path) {
        assertDiscreet(visitor.get(path));
        HttpVisitor signedIn = new HttpVisitor(url(""));
        signedIn.signIn("/sign-in", "sam");
        assertDiscreet(signedIn.get(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH", "POST"})
    void aMethodTheAddressDoesNotTake(String method) {
        String signedOut = HttpVisitor.pageToken(visitor.get("/").body());
        assertDiscreet(visitor.send(withToken(NO_SUCH_FILE, method, signedOut)));
        assertDiscreet(visitor.send(withToken("/sign-in", method, signedOut)));

        String signedIn = HttpVisitor.pageToken(visitor.signIn("/sign-in", "sam").getLast().body());
        assertDiscreet(visitor.send(withToken(NO_SUCH_FILE, method, signedIn)));
        assertDiscreet(visitor.send(withToken("/session-expired", method, signedIn)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%", "/%ZZ", "/a%2Fb", "/files/%00", "/files/..%2F..%2Fetc%2Fpasswd", "/..;/my-requests",
            "/my-requests/%E0%A4%A", "/?v-r=init&location=%25&query=%ZZ"})
    void aMalformedAddress(String path) {
        assertDiscreet(visitor.raw(path));
    }

    @Test
    void requestBodiesThePortalCannotRead() {
        visitor.signIn("/sign-in", "sam");
        for (String body : List.of("not json", "{\"csrfToken\":", "{\"rpc\":\"x\",\"syncId\":0,\"clientId\":0}",
                "{\"rpc\":[{\"type\":\"event\",\"node\":999999,\"event\":\"click\"}],\"syncId\":0,\"clientId\":0}")) {
            for (String ui : List.of("0", "abc", "-1")) {
                assertDiscreet(visitor.send(visitor.request("/?v-r=uidl&v-uiId=" + ui)
                        .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body))));
            }
        }
        assertDiscreet(visitor.send(visitor.request("/oauth2/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("grant_type=%ZZ&code=\u0000"))));
        assertDiscreet(visitor.send(visitor.request("/idp/login")
                .header("Content-Type", "multipart/form-data; boundary=x").POST(BodyPublishers.ofString("--x\r\n"))));
    }

    @Test
    void headersTooBigToRead() {
        HttpVisitor.Answer huge = visitor.send(visitor.request("/")
                .header("X-Padding", "a".repeat(20_000)));
        assertThat(huge.status()).isEqualTo(400);
        assertDiscreet(huge);

        HttpVisitor.Answer longAddress = visitor.get("/services?q=" + "a".repeat(20_000));
        assertThat(longAddress.status()).isEqualTo(400);
        assertDiscreet(longAddress);
    }

    /** A form sent with a good token, so that it is the method the address refuses, not the request. */
    private HttpRequest.Builder withToken(String path, String method, String csrfToken) {
        return visitor.request(path).method(method, BodyPublishers.ofString("x=1"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-CSRF-TOKEN", csrfToken);
    }

    /** Nothing of the server in the answer: its body, the Server header (absent) and X-Powered-By. */
    private static void assertDiscreet(HttpVisitor.Answer answer) {
        assertThat(answer.status()).as("%s answered", answer).isLessThan(500);
        Matcher disclosed = DISCLOSURE.matcher(answer.body());
        if (disclosed.find()) {
            fail("%s tells the visitor \"%s\": %s", answer, disclosed.group(), answer.body());
        }
        assertThat(answer.headers().firstValue("Server")).as("%s: Server header", answer).isEmpty();
        assertThat(answer.headers().firstValue("X-Powered-By")).as("%s: X-Powered-By header", answer).isEmpty();
    }
}
