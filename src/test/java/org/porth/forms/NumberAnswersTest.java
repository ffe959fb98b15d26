package org.porth.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.forms.Forms.answer;
import static org.porth.forms.Forms.check;
import static org.porth.forms.Forms.english;
import static org.porth.forms.Forms.question;
import static org.porth.forms.Forms.stored;
import static org.porth.forms.Forms.welsh;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;

/** Numbers and money. */
class NumberAnswersTest {

    private final Question bags = question("bags", QuestionType.NUMBER)
            .name("the number of bags", "nifer y bagiau").min("1").max("10").build();
    private final Question height = question("height", QuestionType.NUMBER)
            .name("the height of the hedge", "uchder y clawdd").min("0.5").build();
    private final Question rent = question("rent", QuestionType.MONEY)
            .name("your weekly rent", "eich rhent wythnosol").min("10").max("5000").build();

    @ParameterizedTest
    @CsvSource({"3, 3", "' 7 ', 7", "010, 10", "'1,200', 1200", "4.0, 4"})
    void wholeNumbersAreStoredPlain(String typed, String storedValue) {
        Question many = question("n", QuestionType.NUMBER).build();
        assertThat(stored(check(many, answer(typed)))).isEqualTo(storedValue);
    }

    @ParameterizedTest
    @ValueSource(strings = {"three", "3 bags", "1,20", "1.2.3", "£3", "+3", "1e3"})
    void notANumber(String typed) {
        AnswerCheck check = check(bags, answer(typed));

        assertThat(english(check)).containsExactly("The number of bags must be a number");
        assertThat(welsh(check)).containsExactly("Rhaid i'r ateb ar gyfer nifer y bagiau fod yn rhif");
    }

    @Test
    void decimalsOnlyWhenTheLimitsAreWrittenWithDecimals() {
        assertThat(english(check(bags, answer("2.5")))).containsExactly("The number of bags must be a whole number");
        assertThat(welsh(check(bags, answer("2.5")))).containsExactly("Rhaid i'r ateb ar gyfer nifer y bagiau fod yn rhif cyfan");
        assertThat(stored(check(height, answer("2.50")))).isEqualTo("2.5");
    }

    @Test
    void limitsAreInclusive() {
        assertThat(stored(check(bags, answer("1")))).isEqualTo("1");
        assertThat(stored(check(bags, answer("10")))).isEqualTo("10");
        assertThat(english(check(bags, answer("0")))).containsExactly("The number of bags must be 1 or more");
        assertThat(welsh(check(bags, answer("0")))).containsExactly("Rhaid i'r ateb ar gyfer nifer y bagiau fod yn 1 neu fwy");
        assertThat(english(check(bags, answer("11")))).containsExactly("The number of bags must be 10 or less");
        assertThat(welsh(check(bags, answer("11")))).containsExactly("Rhaid i'r ateb ar gyfer nifer y bagiau fod yn 10 neu lai");
        assertThat(english(check(height, answer("0.4")))).containsExactly("The height of the hedge must be 0.5 or more");
    }

    @Test
    void negativeNumbersAreNumbers() {
        assertThat(stored(check(question("n", QuestionType.NUMBER).build(), answer("-4")))).isEqualTo("-4");
    }

    @ParameterizedTest
    @CsvSource({"£12.50, 12.50", "12.5, 12.50", "'1,200', 1200.00", "' £ 1,200.05 ', 1200.05", "80, 80.00", ".5, 0.50"})
    void moneyIsStoredInPoundsAndPence(String typed, String storedValue) {
        Question any = question("m", QuestionType.MONEY).build();
        assertThat(stored(check(any, answer(typed)))).isEqualTo(storedValue);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.505", "twelve", "-5", "12,50", "£", "$12", "12.50p", "1,2000"})
    void notAnAmountOfMoney(String typed) {
        AnswerCheck check = check(rent, answer(typed));

        assertThat(english(check)).containsExactly("Your weekly rent must be an amount of money, like 12.50 or £12.50");
        assertThat(welsh(check)).containsExactly("Rhaid i'r ateb ar gyfer eich rhent wythnosol fod yn swm o arian, fel 12.50 neu £12.50");
    }

    @Test
    void moneyLimitsAreWrittenAsMoney() {
        assertThat(stored(check(rent, answer("10")))).isEqualTo("10.00");
        assertThat(english(check(rent, answer("9.99")))).containsExactly("Your weekly rent must be £10.00 or more");
        assertThat(welsh(check(rent, answer("9.99")))).containsExactly("Rhaid i'r ateb ar gyfer eich rhent wythnosol fod yn £10.00 neu fwy");
        assertThat(english(check(rent, answer("5,000.01")))).containsExactly("Your weekly rent must be £5,000.00 or less");
    }
}
