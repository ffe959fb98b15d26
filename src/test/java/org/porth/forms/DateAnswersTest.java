package org.porth.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.forms.Forms.answer;
import static org.porth.forms.Forms.check;
import static org.porth.forms.Forms.english;
import static org.porth.forms.Forms.fields;
import static org.porth.forms.Forms.question;
import static org.porth.forms.Forms.stored;
import static org.porth.forms.Forms.welsh;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/** Dates from day, month and year, checked against the council's clock (today is 15 June 2024). */
class DateAnswersTest {

    private final Question born = question("born", QuestionType.DATE)
            .name("the date your child was born", "y dyddiad y cafodd eich plentyn ei eni").notAfter("-1d").build();

    private static Answer date(String day, String month, String year) {
        return fields("day", day, "month", month, "year", year);
    }

    @Test
    void storesTheIsoDateAndThePartsWithoutLeadingZeros() {
        Answer stored = check(born, date(" 01 ", "02", "2020")).answer().orElseThrow();

        assertThat(stored.value()).contains("2020-02-01");
        assertThat(stored.field("day")).contains("1");
        assertThat(stored.field("month")).contains("2");
        assertThat(stored.field("year")).contains("2020");
    }

    @Test
    void anIsoValueIsAcceptedFromTheApi() {
        assertThat(stored(check(born, answer("2020-02-29")))).isEqualTo("2020-02-29");
        assertThat(english(check(born, answer("29/02/2020")))).containsExactly("The date your child was born must be a real date");
    }

    @Test
    void blankAsksForTheDate() {
        AnswerCheck check = check(born, date("", " ", ""));

        assertThat(english(check)).containsExactly("Enter the date your child was born");
        assertThat(welsh(check)).containsExactly("Rhowch y dyddiad y cafodd eich plentyn ei eni");
    }

    @Test
    void saysWhichPartsAreMissingAndPointsAtTheFirst() {
        AnswerCheck noMonth = check(born, date("1", "", "2020"));
        assertThat(english(noMonth)).containsExactly("The date your child was born must include a month");
        assertThat(welsh(noMonth)).containsExactly("Rhaid i'r ateb ar gyfer y dyddiad y cafodd eich plentyn ei eni gynnwys mis");
        assertThat(noMonth.errors().getFirst().field()).isEqualTo("month");

        AnswerCheck dayOnly = check(born, date("1", "", ""));
        assertThat(english(dayOnly)).containsExactly("The date your child was born must include a month and year");
        assertThat(welsh(dayOnly)).containsExactly("Rhaid i'r ateb ar gyfer y dyddiad y cafodd eich plentyn ei eni gynnwys mis a blwyddyn");

        assertThat(check(born, date("", "3", "")).errors().getFirst().field()).isEqualTo("day");
    }

    @ParameterizedTest
    @CsvSource({"31, 4, 2020, day", "29, 2, 2023, day", "1, 13, 2020, month", "1, 0, 2020, month", "0, 1, 2020, day",
            "x, 1, 2020, day", "1, Jan, 2020, month", "1, 1, 20, year", "1, 1, 20200, year", "1, 1, -202, year", "123, 1, 2020, day"})
    void notARealDate(String day, String month, String year, String field) {
        AnswerCheck check = check(born, date(day, month, year));

        assertThat(english(check)).containsExactly("The date your child was born must be a real date");
        assertThat(welsh(check)).containsExactly("Rhaid i'r ateb ar gyfer y dyddiad y cafodd eich plentyn ei eni fod yn ddyddiad go iawn");
        assertThat(check.errors().getFirst().field()).isEqualTo(field);
    }

    @Test
    void aLeapDayIsReal() {
        assertThat(stored(check(born, date("29", "2", "2024")))).isEqualTo("2024-02-29");
    }

    @Test
    void inThePastMeansYesterdayAtTheLatest() {
        assertThat(stored(check(born, date("14", "6", "2024")))).isEqualTo("2024-06-14");
        AnswerCheck today = check(born, date("15", "6", "2024"));
        assertThat(english(today)).containsExactly("The date your child was born must be in the past");
        assertThat(welsh(today)).containsExactly("Rhaid i'r ateb ar gyfer y dyddiad y cafodd eich plentyn ei eni fod yn y gorffennol");
    }

    @Test
    void todayOrInThePast() {
        Question happened = question("happened", QuestionType.DATE).name("the date it happened", "y dyddiad y digwyddodd")
                .notAfter("today").build();

        assertThat(check(happened, date("15", "6", "2024")).valid()).isTrue();
        assertThat(english(check(happened, date("16", "6", "2024")))).containsExactly("The date it happened must be today or in the past");
        assertThat(welsh(check(happened, date("16", "6", "2024"))))
                .containsExactly("Rhaid i'r ateb ar gyfer y dyddiad y digwyddodd fod heddiw neu yn y gorffennol");
    }

    @Test
    void todayOrInTheFutureAndInTheFuture() {
        Question start = question("start", QuestionType.DATE).name("the start date", "y dyddiad dechrau").notBefore("today").build();
        Question collect = question("collect", QuestionType.DATE).name("the collection date", "y dyddiad casglu").notBefore("+1d").build();

        assertThat(check(start, date("15", "6", "2024")).valid()).isTrue();
        assertThat(english(check(start, date("14", "6", "2024")))).containsExactly("The start date must be today or in the future");
        assertThat(welsh(check(start, date("14", "6", "2024"))))
                .containsExactly("Rhaid i'r ateb ar gyfer y dyddiad dechrau fod heddiw neu yn y dyfodol");
        assertThat(check(collect, date("16", "6", "2024")).valid()).isTrue();
        assertThat(english(check(collect, date("15", "6", "2024")))).containsExactly("The collection date must be in the future");
        assertThat(welsh(check(collect, date("15", "6", "2024"))))
                .containsExactly("Rhaid i'r ateb ar gyfer y dyddiad casglu fod yn y dyfodol");
    }

    @Test
    void anIsoLimitIsWrittenOutInTheResidentsLanguage() {
        Question moved = question("moved", QuestionType.DATE).name("the date you moved", "y dyddiad y symudoch chi")
                .notBefore("2024-01-01").notAfter("2024-12-31").build();

        assertThat(check(moved, date("1", "1", "2024")).valid()).isTrue();
        assertThat(check(moved, date("31", "12", "2024")).valid()).isTrue();
        AnswerCheck early = check(moved, date("31", "12", "2023"));
        assertThat(english(early)).containsExactly("The date you moved must be on or after 1 January 2024");
        assertThat(welsh(early)).containsExactly("Rhaid i'r ateb ar gyfer y dyddiad y symudoch chi fod ar 1 Ionawr 2024 neu'n hwyrach");
        AnswerCheck late = check(moved, date("1", "1", "2025"));
        assertThat(english(late)).containsExactly("The date you moved must be on or before 31 December 2024");
        assertThat(welsh(late)).containsExactly("Rhaid i'r ateb ar gyfer y dyddiad y symudoch chi fod ar 31 Rhagfyr 2024 neu'n gynharach");
    }

    @Test
    void relativeLimitsCountFromToday() {
        Question adult = question("dob", QuestionType.DATE).name("your date of birth", "eich dyddiad geni").notAfter("-18y").build();
        Question soon = question("visit", QuestionType.DATE).name("the visit date", "y dyddiad ymweld")
                .notAfter("+6m").notBefore("-30d").build();

        assertThat(check(adult, date("15", "6", "2006")).valid()).isTrue();
        assertThat(english(check(adult, date("16", "6", "2006")))).containsExactly("Your date of birth must be on or before 15 June 2006");
        assertThat(welsh(check(adult, date("16", "6", "2006"))))
                .containsExactly("Rhaid i'r ateb ar gyfer eich dyddiad geni fod ar 15 Mehefin 2006 neu'n gynharach");
        assertThat(check(soon, date("15", "12", "2024")).valid()).isTrue();
        assertThat(english(check(soon, date("16", "12", "2024")))).containsExactly("The visit date must be on or before 15 December 2024");
        assertThat(check(soon, date("16", "5", "2024")).valid()).isTrue();
        assertThat(english(check(soon, date("15", "5", "2024")))).containsExactly("The visit date must be on or after 16 May 2024");
    }

    @Test
    void todayIsTheCouncilsToday() {
        // 23:30 on 15 June in UTC is already 16 June in the UK (British Summer Time)
        Clock lateEvening = Clock.fixed(Instant.parse("2024-06-15T23:30:00Z"), Forms.UK);
        Question happened = question("happened", QuestionType.DATE).notAfter("today").build();

        AnswerCheck check = new AnswerValidator().check(happened, date("16", "6", "2024"), Forms.context(lateEvening));

        assertThat(check.valid()).isTrue();
    }

    @Test
    void everyMonthHasItsNameInBothLanguages() {
        assertThat(DateText.format(LocalDate.of(2024, 3, 1), Language.ENGLISH)).isEqualTo("1 March 2024");
        assertThat(DateText.format(LocalDate.of(2024, 2, 9), Language.WELSH)).isEqualTo("9 Chwefror 2024");
        for (int month = 1; month <= 12; month++) {
            LocalDate date = LocalDate.of(2024, month, 1);
            assertThat(DateText.format(date, Language.WELSH)).doesNotContain("!").isNotEqualTo(DateText.format(date, Language.ENGLISH));
        }
    }
}
