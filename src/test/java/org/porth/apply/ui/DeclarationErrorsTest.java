package org.porth.apply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.porth.apply.CheckYourAnswers;
import org.porth.apply.GardenWasteForm;
import org.porth.apply.MyApplications;
import org.porth.apply.Submissions;
import org.porth.browserless.SignedIn;
import org.porth.forms.Answers;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;

/** Declarations not ticked: the one before sending, and one asked as a question in the form. */
@SignedIn(name = "Dafydd Declarations", email = "dafydd.declarations@example.com")
class DeclarationErrorsTest extends FormPageTest {

    private static final String NOT_CONFIRMED = "Confirm the declaration to send your request";

    @Autowired
    private Submissions submissions;
    @Autowired
    private MyApplications mine;

    @Test
    void sendingWithoutTickingTheDeclarationSendsNothingAndSaysWhy() {
        String draft = readyToSend();
        navigate("apply/draft/" + draft + "/check", CheckAnswersView.class);

        click("send");

        assertThat(currentView()).isInstanceOf(CheckAnswersView.class);
        assertThat(errorSummary()).containsExactly(NOT_CONFIRMED);
        assertThat(errorSummaryTargets()).containsExactly("#" + Submissions.DECLARATION);
        assertThat(fieldError(declaration())).hasValue(NOT_CONFIRMED);
        assertThat(title()).startsWith("Error: Check your answers");
        assertThat(mine.requests()).isEmpty();
        assertThat(submissions.check(draft, Language.ENGLISH)).isInstanceOf(CheckYourAnswers.Ready.class);
    }

    @Test
    void theDeclarationMessageIsWelshInWelsh() {
        chooseLanguage(Language.WELSH);
        String draft = readyToSend();
        navigate("apply/draft/" + draft + "/check", CheckAnswersView.class);

        click("send");

        assertThat(errorSummary()).containsExactly("Cadarnhewch y datganiad i anfon eich cais");
        assertThat(fieldError(declaration())).hasValue("Cadarnhewch y datganiad i anfon eich cais");
        assertThat(title()).startsWith("Gwall:");
    }

    @Test
    void aDeclarationQuestionNotTickedIsAskedForAgain() {
        String draft = startDraft("single-person-discount");
        Answers before = saved(draft);
        openPage(draft, "tell-us-of-changes");

        pressContinue();

        String message = "Confirm that you will tell us if another adult comes to live with you";
        assertThat(errorSummary()).containsExactly(message);
        assertThat(errorSummaryTargets()).containsExactly("#q-tell-us-of-changes");
        assertThat(errorMessagesIn(find(Div.class).withClassName("porth-question").single())).containsExactly(message);
        assertThat(find(Checkbox.class).id("q-tell-us-of-changes").isInvalid()).isTrue();
        assertThat(title()).startsWith("Error:");
        assertThat(saved(draft)).isEqualTo(before);
    }

    private String readyToSend() {
        String draft = startDraft(GardenWasteForm.SERVICE);
        GardenWasteForm.complete(applications, draft, "dafydd.declarations@example.com");
        return draft;
    }

    private Checkbox declaration() {
        return find(Checkbox.class).id(Submissions.DECLARATION);
    }
}
