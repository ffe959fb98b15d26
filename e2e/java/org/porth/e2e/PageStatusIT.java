package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.e2e.Acting.as;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.porth.apply.Applications;
import org.porth.apply.GardenWasteForm;
import org.porth.apply.Submissions;
import org.porth.apply.SubmitResult;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.porth.shared.Reference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;

/**
 * The first answer for an address has the status of the page it shows: a page that does not exist,
 * or another resident's request (exactly as a made-up reference), is 404 "Page not found"; a staff
 * page opened by a resident is 403 "You cannot see this page"; the resident's own pages are 200.
 * Over plain HTTP for the status, and in the browser, in English and Welsh on a phone, for the page.
 * (Signed out, an address that is no page asks the visitor to sign in first, as before.)
 */
class PageStatusIT extends PortalBrowserTest {

    @Autowired
    private Applications applications;
    @Autowired
    private Submissions submissions;

    @Test
    void eachAddressAnswersTheStatusOfWhatItShowsSignedIn() {
        String theirs = sentRequest(Somebody.named("Owain").asResident(), "owain@example.org");
        String samsOwn = sentRequest(Acting.SAM, "sam@example.org");
        HttpVisitor sam = new HttpVisitor(url(""));
        sam.signIn("/sign-in", "sam");

        assertThat(sam.get("/no-such-page").status()).isEqualTo(404);
        assertThat(sam.get("/my-requests/" + Reference.random().value()).status()).isEqualTo(404);
        assertThat(sam.get("/my-requests/" + theirs).status()).as("another resident's request").isEqualTo(404);
        assertThat(sam.get("/staff").status()).isEqualTo(403);
        assertThat(sam.get("/staff/queues").status()).isEqualTo(403);
        assertThat(sam.get("/my-requests/" + samsOwn).status()).isEqualTo(200);
        assertThat(sam.get("/my-requests").status()).isEqualTo(200);
        assertThat(sam.get("/").status()).isEqualTo(200);
    }

    @Test
    void theRefusedAndMissingPagesStayFriendlyInEnglishAndWelshOnAPhone() {
        String theirs = sentRequest(Somebody.named("Owain").asResident(), "owain@example.org");
        startBrowser(Viewport.PHONE);
        open("/my-requests");
        signInAs("sam");
        for (boolean inWelsh : new boolean[] {false, true}) {
            welsh = inWelsh;
            if (inWelsh) {
                click(link("Cymraeg"));
            }
            for (String missing : new String[] {"/no-such-page", "/my-requests/" + theirs}) {
                open(missing);
                assertThat(heading()).isEqualTo(text("Page not found", "Heb ddod o hyd i'r dudalen"));
                assertAccessible(missing);
                assertNoSidewaysScrolling(missing);
            }
            open("/staff/queues");
            assertThat(heading()).isEqualTo(text("You cannot see this page", "Ni allwch weld y dudalen hon"));
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains(text("contact the council", "cysylltwch â'r cyngor"));
            assertAccessible("/staff/queues");
            assertNoSidewaysScrolling("/staff/queues");
        }
    }

    private String sentRequest(Authentication resident, String email) {
        return as(resident, () -> {
            String draft = applications.start(GardenWasteForm.SERVICE).draftId();
            GardenWasteForm.complete(applications, draft, email);
            return ((SubmitResult.Submitted) submissions.submit(draft, true, Language.ENGLISH)).reference().value();
        });
    }
}
