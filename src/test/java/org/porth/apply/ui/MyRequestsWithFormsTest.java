package org.porth.apply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.porth.apply.GardenWasteForm;
import org.porth.apply.Submissions;
import org.porth.apply.SubmitResult;
import org.porth.browserless.SignedIn;
import org.porth.forms.Answer;
import org.porth.shared.Language;
import org.porth.shared.Reference;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * My requests with a form half done and a request sent: the way back into the form, and the reference;
 * two drafts of one service told apart by when each was started and its first answer.
 */
@SignedIn(name = "Catrin My-Requests", email = "catrin.my-requests@example.com")
class MyRequestsWithFormsTest extends FormPageTest {

    /** Porth Boat Club, The Boathouse, PT2 1YZ, in the seeded gazetteer. */
    private static final String BOAT_CLUB = "100100412260";

    @Autowired
    private Submissions submissions;

    @Test
    void aHalfDoneFormLinksToWhereTheResidentLeftOffAndASentRequestShowsItsReference() {
        String halfDone = startDraft(GardenWasteForm.SERVICE);
        GardenWasteForm.answer(applications, halfDone, "address",
                new Answer(Map.of("uprn", List.of(GardenWasteForm.RED_LION))));
        String sent = startDraft(GardenWasteForm.SERVICE);
        GardenWasteForm.complete(applications, sent, "catrin.my-requests@example.com");
        Reference reference = ((SubmitResult.Submitted) submissions.submit(sent, true, Language.ENGLISH)).reference();

        UI.getCurrent().navigate("my-requests");

        Anchor resume = find(Anchor.class).withText("Subscribe to garden waste collections")
                .withCondition(link -> link.getHref().startsWith("apply/draft/" + halfDone)).single();
        assertThat(resume.getHref()).isEqualTo("apply/draft/" + halfDone + "/has-bin");
        assertThat(pageText()).contains("Forms you have started", "Requests you have sent", reference.value(), "Online");

        test(resume).click();
        assertThat(currentView()).isInstanceOf(QuestionPageView.class);
    }

    @Test
    void twoDraftsOfOneServiceSayWhenEachWasStartedAndItsFirstAnswer() {
        String redLion = startDraft(GardenWasteForm.SERVICE);
        GardenWasteForm.answer(applications, redLion, "address",
                new Answer(Map.of("uprn", List.of(GardenWasteForm.RED_LION))));
        String boatClub = startDraft(GardenWasteForm.SERVICE);
        GardenWasteForm.answer(applications, boatClub, "address", new Answer(Map.of("uprn", List.of(BOAT_CLUB))));

        UI.getCurrent().navigate("my-requests");

        String redLionCard = cardOf(redLion);
        String boatClubCard = cardOf(boatClub);
        assertThat(redLionCard).contains("Started", "The Red Lion").doesNotContain("Boat Club")
                .containsPattern("Started\\s*\\d{1,2} \\w+ \\d{4}, \\d{1,2}:\\d\\d(am|pm)");
        assertThat(boatClubCard).contains("Started", "Porth Boat Club").doesNotContain("Red Lion");
        assertThat(resumeLink(redLion).getAriaLabel().orElseThrow())
                .startsWith("Subscribe to garden waste collections, started ").contains("The Red Lion")
                .isNotEqualTo(resumeLink(boatClub).getAriaLabel().orElseThrow());

        chooseLanguage(Language.WELSH);
        UI.getCurrent().navigate("my-requests");
        assertThat(cardOf(redLion)).contains("Dechreuwyd", "The Red Lion").containsPattern("\\d:\\d\\d(yb|yh)");
    }

    private Anchor resumeLink(String draft) {
        return find(Anchor.class).withCondition(link -> link.getHref().startsWith("apply/draft/" + draft + "/")).single();
    }

    private String cardOf(String draft) {
        return resumeLink(draft).getParent().orElseThrow().getElement().getTextRecursively();
    }
}
