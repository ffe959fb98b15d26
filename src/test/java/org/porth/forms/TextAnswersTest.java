package org.porth.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.forms.Forms.answer;
import static org.porth.forms.Forms.check;
import static org.porth.forms.Forms.english;
import static org.porth.forms.Forms.question;
import static org.porth.forms.Forms.stored;
import static org.porth.forms.Forms.welsh;

import org.junit.jupiter.api.Test;
import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;

/** Short and long text, and the standard messages every type shares. */
class TextAnswersTest {

    private final Question name = question("name", QuestionType.SHORT_TEXT)
            .name("your full name", "eich enw llawn").maxLength(10).build();

    @Test
    void aRequiredQuestionLeftBlankSaysWhatToEnterInBothLanguages() {
        AnswerCheck check = check(name, answer("   "));

        assertThat(check.valid()).isFalse();
        assertThat(english(check)).containsExactly("Enter your full name");
        assertThat(welsh(check)).containsExactly("Rhowch eich enw llawn");
        assertThat(check.errors().getFirst().questionId()).isEqualTo("name");
        assertThat(check.errors().getFirst().field()).isNull();
    }

    @Test
    void noAnswerAtAllIsBlankToo() {
        assertThat(english(check(name, null))).containsExactly("Enter your full name");
    }

    @Test
    void anOptionalQuestionLeftBlankIsValidWithNoAnswer() {
        AnswerCheck check = check(question("nickname", QuestionType.SHORT_TEXT).optional().build(), answer(""));

        assertThat(check.valid()).isTrue();
        assertThat(check.answer()).isEmpty();
    }

    @Test
    void storesTheTextTrimmed() {
        assertThat(stored(check(name, answer("  Sam Jones \t")))).isEqualTo("Sam Jones");
    }

    @Test
    void tooLongCapitalisesTheNameAtTheStartOfTheEnglishSentence() {
        AnswerCheck check = check(name, answer("Samantha Jones"));

        assertThat(english(check)).containsExactly("Your full name must be 10 characters or fewer");
        assertThat(welsh(check)).containsExactly("Rhaid i'r ateb ar gyfer eich enw llawn fod yn 10 nod neu lai");
    }

    @Test
    void theLimitItselfIsAllowedAndCountsCharactersNotBytes() {
        assertThat(check(name, answer("Siân Ŵyn 1")).valid()).isTrue();
        assertThat(check(name, answer("Siân Ŵyn 12")).valid()).isFalse();
    }

    @Test
    void tooShort() {
        AnswerCheck check = check(question("reason", QuestionType.LONG_TEXT).name("the reason", "y rheswm").minLength(5).build(),
                answer("no"));

        assertThat(english(check)).containsExactly("The reason must be 5 characters or more");
        assertThat(welsh(check)).containsExactly("Rhaid i'r ateb ar gyfer y rheswm fod yn 5 nod neu fwy");
    }

    @Test
    void aPatternMismatchUsesTheQuestionsOwnMessage() {
        Question reference = question("ref", QuestionType.SHORT_TEXT).name("your account number", "eich rhif cyfrif")
                .pattern("\\d{8}")
                .error(ErrorKind.PATTERN, "Your account number is 8 digits, like 12345678",
                        "Mae rhif eich cyfrif yn 8 digid, fel 12345678")
                .build();

        assertThat(stored(check(reference, answer(" 12345678 ")))).isEqualTo("12345678");
        AnswerCheck check = check(reference, answer("1234-5678"));
        assertThat(english(check)).containsExactly("Your account number is 8 digits, like 12345678");
        assertThat(welsh(check)).containsExactly("Mae rhif eich cyfrif yn 8 digid, fel 12345678");
    }

    @Test
    void aPatternWithoutItsOwnMessageAsksForTheCorrectFormat() {
        Question reference = question("ref", QuestionType.SHORT_TEXT).name("your account number", "eich rhif cyfrif")
                .pattern("\\d{8}").build();

        assertThat(english(check(reference, answer("abc")))).containsExactly("Enter your account number in the correct format");
        assertThat(welsh(check(reference, answer("abc")))).containsExactly("Rhowch eich rhif cyfrif yn y fformat cywir");
    }

    @Test
    void anyMessageCanBeReplacedByTheQuestionAndMayUseTheName() {
        Question named = question("name", QuestionType.SHORT_TEXT).name("your full name", "eich enw llawn")
                .error(ErrorKind.REQUIRED, "Tell us {0}", "Dywedwch wrthym {0}").build();

        assertThat(english(check(named, answer("")))).containsExactly("Tell us your full name");
        assertThat(welsh(check(named, answer("")))).containsExactly("Dywedwch wrthym eich enw llawn");
    }

    @Test
    void aQuestionWithoutANameStillGetsAMessage() {
        AnswerCheck check = check(question("x", QuestionType.SHORT_TEXT).noName().build(), answer(""));

        assertThat(english(check)).containsExactly("Enter your answer");
        assertThat(welsh(check)).containsExactly("Rhowch eich ateb");
    }

    @Test
    void longTextKeepsItsLinesAndCountsABrowsersLineBreakAsOne() {
        Question details = question("details", QuestionType.LONG_TEXT).maxLength(5).build();

        assertThat(stored(check(details, answer("ab\r\ncd\n")))).isEqualTo("ab\ncd");
    }

    @Test
    void shortTextHasNoLineBreaks() {
        assertThat(stored(check(question("name", QuestionType.SHORT_TEXT).build(), answer("Sam\r\nJones")))).isEqualTo("Sam Jones");
    }

    @Test
    void textWithoutAMaximumStillHasOne() {
        Question free = question("free", QuestionType.SHORT_TEXT).name("your answer", "eich ateb").build();
        Question longFree = question("long", QuestionType.LONG_TEXT).name("your answer", "eich ateb").build();

        assertThat(check(free, answer("a".repeat(TextValidator.SHORT_TEXT_MAX))).valid()).isTrue();
        assertThat(english(check(free, answer("a".repeat(TextValidator.SHORT_TEXT_MAX + 1)))))
                .containsExactly("Your answer must be 500 characters or fewer");
        assertThat(check(longFree, answer("a".repeat(TextValidator.LONG_TEXT_MAX))).valid()).isTrue();
        assertThat(check(longFree, answer("a".repeat(TextValidator.LONG_TEXT_MAX + 1))).valid()).isFalse();
    }
}
