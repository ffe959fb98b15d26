package org.porth.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.apply.GardenWasteForm.answer;
import static org.porth.resident.Somebody.signIn;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.forms.Answer;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The way through a seeded form on the server: eligibility exits stop it with their reason,
 * pages that do not apply are skipped, and check your answers sends an unfinished form back to
 * its first unanswered page.
 */
@SpringBootTest
class FormJourneyTest {

    @Autowired
    private Applications applications;
    @Autowired
    private Submissions submissions;

    @BeforeEach
    void signInAsAResident() {
        signIn(Somebody.named("Gwen").asResident());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void someoneWhoIsNotACouncilTenantIsStoppedWithTheReasonAndWhatToDoInstead() {
        String draft = applications.start("housing-repair").draftId();

        PageResult result = answer(applications, draft, "tenant", Answer.of("no"));

        assertThat(result).isInstanceOfSatisfying(PageResult.Stopped.class, stopped -> {
            assertThat(stopped.pageId()).isEqualTo("tenant");
            assertThat(stopped.exit().reason().en()).isEqualTo("This service is only for council tenants.");
            assertThat(stopped.exit().instead().en()).startsWith("If you rent from a housing association");
        });
        assertThat(applications.exitAfter(draft, "tenant")).hasValueSatisfying(exit ->
                assertThat(exit.reason().cy()).isEqualTo("Mae'r gwasanaeth hwn ar gyfer tenantiaid y cyngor yn unig."));
        assertThat(submissions.check(draft, Language.ENGLISH)).as("a stopped form cannot be sent")
                .isInstanceOf(CheckYourAnswers.Stopped.class);
    }

    @Test
    void aTenantGoesOnToTheNextQuestion() {
        String draft = applications.start("housing-repair").draftId();

        assertThat(answer(applications, draft, "tenant", Answer.of("yes"))).isEqualTo(saved(draft, "emergency"));
        assertThat(applications.exitAfter(draft, "tenant")).isEmpty();
    }

    @Test
    void pagesThatDoNotApplyAreSkipped() {
        String movingAway = applications.start("moving-home").draftId();
        String movingWithin = applications.start("moving-home").draftId();

        assertThat(answer(applications, movingAway, "destination", Answer.of("out-of-county")))
                .as("no new address or tenure in the county").isEqualTo(saved(movingAway, "new-postcode"));
        assertThat(answer(applications, movingAway, "new-postcode", Answer.of("CF10 1EP")))
                .isEqualTo(saved(movingAway, "services"));
        assertThat(answer(applications, movingWithin, "destination", Answer.of("in-county")))
                .isEqualTo(saved(movingWithin, "new-address"));
        String bulky = applications.start("bulky-waste").draftId();
        assertThat(answer(applications, bulky, "items", Answer.ofAll(List.of("sofa-or-armchair", "bed-or-mattress"))))
                .as("nothing else to describe").isEqualTo(saved(bulky, "item-count"));
    }

    @Test
    void checkingAnUnfinishedFormGoesToItsFirstUnansweredPage() {
        String draft = applications.start(GardenWasteForm.SERVICE).draftId();
        answer(applications, draft, "address", new Answer(Map.of("uprn", List.of(GardenWasteForm.RED_LION))));
        answer(applications, draft, "has-bin", Answer.of("no"));
        answer(applications, draft, "email", Answer.of("gwen@example.com"));

        CheckYourAnswers check = submissions.check(draft, Language.ENGLISH);

        assertThat(check).isEqualTo(new CheckYourAnswers.Incomplete(new FormPosition(draft, "bin-count")));
        assertThat(submissions.submit(draft, true, Language.ENGLISH)).as("and cannot be sent")
                .isInstanceOf(SubmitResult.NotSubmitted.class);
    }

    @Test
    void aFinishedFormIsReadyToCheckWithEveryAnswer() {
        String draft = applications.start(GardenWasteForm.SERVICE).draftId();
        GardenWasteForm.complete(applications, draft, "gwen@example.com");

        CheckYourAnswers check = submissions.check(draft, Language.ENGLISH);

        assertThat(check).isInstanceOfSatisfying(CheckYourAnswers.Ready.class, ready ->
                assertThat(ready.rows()).extracting(row -> row.pageId())
                        .containsExactly("address", "has-bin", "bin-count", "start-date", "email"));
    }

    private static PageResult saved(String draft, String nextPage) {
        return new PageResult.Saved(new FormPosition(draft, nextPage));
    }
}
