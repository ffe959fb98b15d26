package org.porth.apply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.porth.browserless.SignedIn;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.shared.Language;

/**
 * Text, numbers, money, email, phone and postcode typed wrong: the page says what is wrong at the
 * top and by the box, its title starts "Error:", what was typed stays, and nothing is saved.
 */
@SignedIn(name = "Ffion Typed-Answers", email = "ffion.typed-answers@example.com")
class TypedAnswerErrorsTest extends FormPageTest {

    @Test
    void aNameTooLongIsRefusedAndTheOtherAnswersOnThePageStay() {
        String draft = startDraft("register-birth");
        Answers before = saved(draft);
        openPage(draft, "contact");
        String longName = "Ffion " + "a".repeat(95);

        test(box("name")).setValue(longName);
        test(box("email")).setValue("ffion@example.com");
        test(box("phone")).setValue("07700 900 982");
        pressContinue();

        assertThat(errorSummary()).containsExactly("Your full name must be 100 characters or fewer");
        assertThat(errorSummaryTargets()).containsExactly("#q-name");
        assertThat(fieldError(box("name"))).hasValue("Your full name must be 100 characters or fewer");
        assertThat(fieldError(box("email"))).isEmpty();
        assertThat(title()).startsWith("Error: How can we contact you?");
        assertThat(box("name").getValue()).isEqualTo(longName);
        assertThat(box("email").getValue()).isEqualTo("ffion@example.com");
        assertThat(box("phone").getValue()).isEqualTo("07700 900 982");
        assertThat(saved(draft)).isEqualTo(before);
    }

    @Test
    void aDescriptionTooLongIsRefused() {
        String draft = startDraft("housing-repair");
        Answers before = saved(draft);
        openPage(draft, "description");
        String description = "The kitchen tap drips. ".repeat(44);

        test(find(TextArea.class).id("q-description")).setValue(description);
        pressContinue();

        assertThat(errorSummary()).containsExactly("The description must be 1,000 characters or fewer");
        assertThat(fieldError(find(TextArea.class).id("q-description")))
                .hasValue("The description must be 1,000 characters or fewer");
        assertThat(title()).startsWith("Error:");
        assertThat(find(TextArea.class).id("q-description").getValue()).isEqualTo(description);
        assertThat(saved(draft)).isEqualTo(before);
    }

    @Test
    void aNumberThatIsNotANumberIsRefused() {
        assertRefused("bulky-waste", "item-count", "three", "The number of items must be a number");
    }

    @Test
    void aNumberOutOfRangeIsRefusedWithTheServicesOwnMessage() {
        assertRefused("bulky-waste", "item-count", "12",
                "We can collect up to 10 items at a time. For more, make another request.");
        assertRefused("garden-waste", "bin-count", "0", "The number of bins you want must be 1 or more");
    }

    @Test
    void moneyInTheWrongFormatIsRefused() {
        assertRefused("social-care-assessment", "savings", "about 2k",
                "The amount of savings must be an amount of money, like 12.50 or £12.50");
    }

    @Test
    void anEmailAddressWithoutItsDomainIsRefused() {
        assertRefused("garden-waste", "email", "ffion@",
                "Enter your email address in the correct format, like name@example.com");
    }

    @Test
    void aPhoneNumberThatIsNotAUkOneIsRefused() {
        assertRefused("bulky-waste", "phone", "12345",
                "Enter your phone number in the correct format, like 01632 960 001, 07700 900 982 or +44 808 157 0192");
    }

    @Test
    void aPostcodeThatIsNotRealIsRefused() {
        String draft = startDraft("moving-home");
        applications.continueFrom(draft, "destination", Answers.NONE.with("destination", Answer.of("out-of-county")));

        assertRefusedIn(draft, "new-postcode", "PT1", "Enter a real postcode, like CF10 1AA");
    }

    @Test
    void inWelshTheMessageIsWelsh() {
        chooseLanguage(Language.WELSH);
        String draft = startDraft("bulky-waste");
        openPage(draft, "phone");

        test(box("phone")).setValue("12345");
        pressContinue();

        String message = "Rhowch eich rhif ffôn yn y fformat cywir, fel 01632 960 001, 07700 900 982 neu +44 808 157 0192";
        assertThat(errorSummary()).containsExactly(message);
        assertThat(fieldError(box("phone"))).hasValue(message);
        assertThat(title()).startsWith("Gwall:");
        assertThat(box("phone").getValue()).isEqualTo("12345");
    }

    /** The question is alone on its page, which takes its id. */
    private void assertRefused(String serviceId, String questionId, String typed, String message) {
        assertRefusedIn(startDraft(serviceId), questionId, typed, message);
    }

    private void assertRefusedIn(String draft, String questionId, String typed, String message) {
        Answers before = saved(draft);
        openPage(draft, questionId);

        test(box(questionId)).setValue(typed);
        pressContinue();

        assertThat(errorSummary()).containsExactly(message);
        assertThat(errorSummaryTargets()).containsExactly("#q-" + questionId);
        assertThat(fieldError(box(questionId))).hasValue(message);
        assertThat(title()).startsWith("Error:");
        assertThat(box(questionId).getValue()).isEqualTo(typed);
        assertThat(saved(draft)).isEqualTo(before);
    }

    private TextField box(String questionId) {
        return find(TextField.class).id("q-" + questionId);
    }
}
