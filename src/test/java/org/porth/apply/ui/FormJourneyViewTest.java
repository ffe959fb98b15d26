package org.porth.apply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.porth.apply.GardenWasteForm;
import org.porth.browserless.SignedIn;
import org.porth.forms.Answer;

/** Leaving the usual way through a form: an eligibility exit, and Change on check your answers. */
@SignedIn(name = "Tomos Journeys", email = "tomos.journeys@example.com")
class FormJourneyViewTest extends FormPageTest {

    @Test
    void someoneWhoCannotUseTheServiceIsToldWhyAndWhatToDoInstead() {
        String draft = startDraft("housing-repair");
        openPage(draft, "tenant");

        radios("tenant").setValue("no");
        pressContinue();

        assertThat(currentView()).isInstanceOf(CannotUseView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("You cannot use this service");
        assertThat(pageText()).contains("This service is only for council tenants.",
                "If you rent from a housing association or a private landlord, ask them to do the repair.");
        assertThat(find(Anchor.class).withText("Back").single().getHref()).isEqualTo("apply/draft/" + draft + "/tenant");
    }

    @Test
    void changingAnAnswerComesBackToCheckYourAnswers() {
        String draft = startDraft(GardenWasteForm.SERVICE);
        GardenWasteForm.complete(applications, draft, "tomos.journeys@example.com");
        navigate("apply/draft/" + draft + "/check", CheckAnswersView.class);
        Anchor change = find(Anchor.class).withCondition(link -> link.getElement().getTextRecursively()
                .equals("Change How many garden waste bins do you want?")).single();
        assertThat(change.getHref()).isEqualTo("apply/draft/" + draft + "/bin-count?change");

        test(change).click();
        assertThat(find(Anchor.class).withText("Back").single().getHref()).as("back to the summary")
                .isEqualTo("apply/draft/" + draft + "/check");
        test(find(TextField.class).id("q-bin-count")).setValue("3");
        pressContinue();

        assertThat(currentView()).isInstanceOf(CheckAnswersView.class);
        assertThat(saved(draft).get("bin-count")).hasValue(Answer.of("3"));
    }

    @Test
    void changingAnAccountDetailAsksWhetherToShareItThenComesBackToCheckYourAnswers() {
        String draft = startDraft(GardenWasteForm.SERVICE);
        GardenWasteForm.complete(applications, draft, "tomos.journeys@example.com");
        navigate("apply/draft/" + draft + "/check", CheckAnswersView.class);
        test(find(Anchor.class).withCondition(link -> link.getHref().endsWith("/email?change")).single()).click();

        test(find(TextField.class).id("q-email")).setValue("tomos@example.org");
        pressContinue();

        assertThat(currentView()).isInstanceOf(ShareDetailsView.class);
        radios("share").setValue("no");
        pressContinue();

        assertThat(currentView()).isInstanceOf(CheckAnswersView.class);
        assertThat(saved(draft).get("email")).hasValue(Answer.of("tomos@example.org"));
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> radios(String questionId) {
        return find(RadioButtonGroup.class).id(questionId.equals("share") ? questionId : "q-" + questionId);
    }
}
