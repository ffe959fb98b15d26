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

/** Email addresses, UK phone numbers and postcodes. */
class ContactAnswersTest {

    private final Question email = question("email", QuestionType.EMAIL).name("your email address", "eich cyfeiriad e-bost").build();
    private final Question phone = question("phone", QuestionType.UK_PHONE).name("your phone number", "eich rhif ffôn").build();
    private final Question postcode = question("postcode", QuestionType.UK_POSTCODE)
            .name("the postcode of the property", "y cod post ar gyfer yr eiddo").build();

    @ParameterizedTest
    @CsvSource({"sam@example.com, sam@example.com", "' Sam.Jones@Example.GOV.UK ', Sam.Jones@example.gov.uk",
            "o'neill+bins@post.example.cymru, o'neill+bins@post.example.cymru", "x@xn--lbrs59br.example.xn--p1ai, x@xn--lbrs59br.example.xn--p1ai"})
    void acceptsEmailAddressesMailCanReach(String typed, String storedValue) {
        assertThat(stored(check(email, answer(typed)))).isEqualTo(storedValue);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sam", "sam@", "@example.com", "sam@example", "sam@@example.com", "sam@example..com",
            "sam.@example.com", "sam jones@example.com", "sam@-example.com", "sam@example.c", "sam@exam_ple.com", "sam@example.com."})
    void refusesWhatIsNotAnEmailAddress(String typed) {
        AnswerCheck check = check(email, answer(typed));

        assertThat(english(check)).containsExactly("Enter your email address in the correct format, like name@example.com");
        assertThat(welsh(check)).containsExactly("Rhowch eich cyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com");
    }

    @Test
    void refusesAnAbsurdlyLongEmailAddress() {
        assertThat(check(email, answer("a".repeat(65) + "@example.com")).valid()).isFalse();
        assertThat(check(email, answer("a".repeat(64) + "@example.com")).valid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"07700900982, 07700 900982", "07700 900 982, 07700 900982", "+447700900982, 07700 900982",
            "+44 (0)7700 900982, 07700 900982", "0044 7700 900982, 07700 900982", "447700900982, 07700 900982",
            "(020) 7946 0000, 020 7946 0000", "0121-496-0000, 0121 496 0000", "01632 960001, 01632 960001",
            "0300 123 4567, 0300 123 4567", "0800 123 456, 0800 123 456", "016977 3456, 01697 73456",
            "+44 29 2018 0000, 029 2018 0000"})
    void acceptsUkNumbersAsPeopleWriteThem(String typed, String storedValue) {
        assertThat(stored(check(phone, answer(typed)))).isEqualTo(storedValue);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0770090098", "077009009821", "+33 1 23 45 67 89", "07700 9OO982", "phone me", "7700900982",
            "0044", "+44", "00000000000", "01234 5678 9 0 1", "+44+7700900982", "0207 946 000x"})
    void refusesWhatIsNotAUkNumber(String typed) {
        AnswerCheck check = check(phone, answer(typed));

        assertThat(english(check))
                .containsExactly("Enter your phone number in the correct format, like 01632 960 001, 07700 900 982 or +44 808 157 0192");
        assertThat(welsh(check))
                .containsExactly("Rhowch eich rhif ffôn yn y fformat cywir, fel 01632 960 001, 07700 900 982 neu +44 808 157 0192");
    }

    @ParameterizedTest
    @CsvSource({"cf101ep, CF10 1EP", "' CF10   1EP ', CF10 1EP", "sw1a2aa, SW1A 2AA"})
    void postcodesAreStoredInStandardForm(String typed, String storedValue) {
        assertThat(stored(check(postcode, answer(typed)))).isEqualTo(storedValue);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CF10", "CF10 1E", "12345", "QF10 1EP"})
    void refusesAPartialOrMadeUpPostcode(String typed) {
        AnswerCheck check = check(postcode, answer(typed));

        assertThat(english(check)).containsExactly("Enter the postcode of the property as a full UK postcode, like CF10 1EP");
        assertThat(welsh(check)).containsExactly("Rhowch y cod post ar gyfer yr eiddo fel cod post llawn yn y DU, fel CF10 1EP");
    }
}
