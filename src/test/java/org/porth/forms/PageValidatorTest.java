package org.porth.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.forms.Forms.answers;
import static org.porth.forms.Forms.anyOf;
import static org.porth.forms.Forms.context;
import static org.porth.forms.Forms.fields;
import static org.porth.forms.Forms.page;
import static org.porth.forms.Forms.question;
import static org.porth.forms.Forms.service;

import org.junit.jupiter.api.Test;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.ServiceDefinition;

/** Continue on a page: every shown question checked, errors in order, nothing typed lost. */
class PageValidatorTest {

    private final ServiceDefinition form = service(1,
            page("about", question("name", QuestionType.SHORT_TEXT).name("your name", "eich enw").build()),
            page("contact",
                    question("email", QuestionType.EMAIL).name("your email address", "eich cyfeiriad e-bost").build(),
                    question("phone", QuestionType.UK_PHONE).name("your phone number", "eich rhif ffôn").optional().build(),
                    question("text-me", QuestionType.YES_NO).name("whether we may text you", "a gawn ni anfon neges destun").build(),
                    question("mobile", QuestionType.UK_PHONE).name("your mobile number", "eich rhif ffôn symudol")
                            .showIf(anyOf("text-me", "yes")).build(),
                    question("born", QuestionType.DATE).name("your date of birth", "eich dyddiad geni").notAfter("today").build()));

    private final AnswerValidator validator = new AnswerValidator();
    private final PageValidator pages = new PageValidator(validator, new Journey(validator));

    @Test
    void reportsEveryErrorInQuestionOrderAndKeepsWhatWasTyped() {
        Answers sent = answers("name", "Sam",
                "email", "sam@", "phone", "", "text-me", "yes", "mobile", "0770",
                "born", fields("day", "31", "month", "2", "year", "2000"));

        PageCheck check = pages.check(form, "contact", sent, context());

        assertThat(check.valid()).isFalse();
        assertThat(check.errors()).extracting(FieldError::questionId).containsExactly("email", "mobile", "born");
        assertThat(check.errors()).extracting(error -> error.message().en()).containsExactly(
                "Enter your email address in the correct format, like name@example.com",
                "Enter your mobile number in the correct format, like 01632 960 001, 07700 900 982 or +44 808 157 0192",
                "Your date of birth must be a real date");
        assertThat(check.answers().get("email")).contains(Answer.of("sam@"));
        assertThat(check.answers().get("born")).contains(fields("day", "31", "month", "2", "year", "2000"));
        assertThat(check.answers().get("name")).as("another page's answer").contains(Answer.of("Sam"));
    }

    @Test
    void validAnswersAreNormalisedAndBlankOptionalOnesRemoved() {
        Answers sent = answers("email", " sam@Example.com ", "phone", " ", "text-me", "Yes", "mobile", "+447700900982",
                "born", fields("day", "01", "month", "02", "year", "2000"));

        PageCheck check = pages.check(form, "contact", sent, context());

        assertThat(check.errors()).isEmpty();
        assertThat(check.answers().get("email")).contains(Answer.of("sam@example.com"));
        assertThat(check.answers().get("mobile")).contains(Answer.of("07700 900982"));
        assertThat(check.answers().get("text-me")).contains(Answer.of("yes"));
        assertThat(check.answers().get("born").flatMap(Answer::value)).contains("2000-02-01");
        assertThat(check.answers().get("phone")).isEmpty();
    }

    @Test
    void aQuestionClosedAgainIsNeitherCheckedNorKept() {
        Answers sent = answers("email", "sam@example.com", "text-me", "no", "mobile", "not a number",
                "born", fields("day", "1", "month", "2", "year", "2000"));

        PageCheck check = pages.check(form, "contact", sent, context());

        assertThat(check.valid()).isTrue();
        assertThat(check.answers().get("mobile")).isEmpty();
    }

    @Test
    void messagesComeInBothLanguages() {
        PageCheck check = pages.check(form, "about", Answers.NONE, context());

        assertThat(check.errors()).extracting(FieldError::message)
                .containsExactly(Forms.text("Enter your name", "Rhowch eich enw"));
    }
}
