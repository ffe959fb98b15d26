package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The first answer to a page that does not exist, or that the person may not see, says so in its
 * status as well as its words (search engines, link checkers and monitoring read only the status):
 * 404 and 403, each with the portal's own friendly page. Over plain HTTP, as the browser's first
 * request for the page.
 */
class PageStatusIT extends PortalBrowserTest {

    @Test
    void anAddressThatIsNoPageOrNotTheirsAnswersNotFound() {
        HttpVisitor anybody = new HttpVisitor(url(""));
        assertNotFound(anybody.get("/no-such-page"));
        assertNotFound(anybody.get("/no-such-page?lang=cy"), "Heb ddod o hyd");
        assertThat(anybody.get("/my-requests").location()).as("a page that needs signing in").hasValue(url("/sign-in"));

        HttpVisitor sam = new HttpVisitor(url(""));
        sam.signIn("/sign-in", "sam");
        assertNotFound(sam.get("/no-such-page"));
        assertNotFound(sam.get("/no-such-page?lang=cy"), "Heb ddod o hyd");
        assertNotFound(sam.get("/my-requests/PTH-0000-0000"));
    }

    @Test
    void aStaffPageAnswersForbiddenToAResident() {
        HttpVisitor sam = new HttpVisitor(url(""));
        sam.signIn("/sign-in", "sam");

        HttpVisitor.Answer staffPage = sam.get("/staff/queues");

        assertThat(staffPage.status()).as("%s", staffPage).isEqualTo(403);
        assertThat(staffPage.body()).contains("You cannot see this page");
    }

    private static void assertNotFound(HttpVisitor.Answer answer) {
        assertNotFound(answer, "Page not found");
    }

    private static void assertNotFound(HttpVisitor.Answer answer, String title) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(404);
        assertThat(answer.body()).contains(title);
    }
}
