package org.porth.apply.ui;

import static org.assertj.core.api.Assertions.assertThat;


import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.porth.browserless.SignedIn;
import org.porth.forms.Answer;
import org.porth.forms.Answers;

/** Yes or no, one option and several options left unanswered or answered too little. */
@SignedIn(name = "Iolo Choice-Answers", email = "iolo.choice-answers@example.com")
class ChoiceAnswerErrorsTest extends FormPageTest {

    @Test
    void yesOrNoNotChosenAsksForAnAnswer() {
        assertNothingChosenIsRefused("garden-waste", "has-bin", "Select whether you already have a brown bin");
    }

    @Test
    void anOptionNotChosenAsksForOne() {
        assertNothingChosenIsRefused("housing-repair", "room", "Select where the problem is");
    }

    @Test
    void choosingSomethingElseAsksWhatItIsOnTheSamePage() {
        String draft = startDraft("housing-repair");
        Answers before = saved(draft);
        openPage(draft, "problem");
        assertThat(find(TextField.class).withId("q-other-problem").exists()).as("shown only for something else").isFalse();

        radios("problem").setValue("other");
        pressContinue();

        assertThat(errorSummary()).containsExactly("Tell us what kind of problem it is");
        assertThat(errorSummaryTargets()).containsExactly("#q-other-problem");
        TextField otherProblem = find(TextField.class).id("q-other-problem");
        assertThat(fieldError(otherProblem)).hasValue("Tell us what kind of problem it is");
        assertThat(radios("problem").getValue()).isEqualTo("other");
        assertThat(saved(draft)).isEqualTo(before);

        test(otherProblem).setValue("A blocked drain");
        pressContinue();

        assertThat(saved(draft).get("other-problem")).hasValue(Answer.of("A blocked drain"));
        assertThat(currentView()).isInstanceOf(QuestionPageView.class);
        assertThat(errorSummary()).isEmpty();
    }

    private void assertNothingChosenIsRefused(String serviceId, String questionId, String message) {
        String draft = startDraft(serviceId);
        Answers before = saved(draft);
        openPage(draft, questionId);

        pressContinue();

        assertThat(errorSummary()).containsExactly(message);
        assertThat(errorSummaryTargets()).containsExactly("#q-" + questionId);
        assertThat(fieldError(radios(questionId))).hasValue(message);
        assertThat(title()).startsWith("Error:");
        assertThat(saved(draft)).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> radios(String questionId) {
        return find(RadioButtonGroup.class).id("q-" + questionId);
    }
}
