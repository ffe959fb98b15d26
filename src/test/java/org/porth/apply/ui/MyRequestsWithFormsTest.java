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

/** My requests with a form half done and a request sent: the way back into the form, and the reference. */
@SignedIn(name = "Catrin My-Requests", email = "catrin.my-requests@example.com")
class MyRequestsWithFormsTest extends FormPageTest {

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
                .withCondition(link -> link.getHref().startsWith("apply/")).single();
        assertThat(resume.getHref()).isEqualTo("apply/draft/" + halfDone + "/has-bin");
        assertThat(pageText()).contains("Forms you have started", "Requests you have sent", reference.value(), "Online");

        test(resume).click();
        assertThat(currentView()).isInstanceOf(QuestionPageView.class);
    }
}
