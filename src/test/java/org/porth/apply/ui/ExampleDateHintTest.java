package org.porth.apply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.porth.apply.GardenWasteForm;
import org.porth.browserless.SignedIn;
import org.porth.shared.Language;

/**
 * The garden waste start date's hint gives an example the resident could type: a day from today up to
 * 6 months ahead, as the hint says, in English and in Welsh, whenever the form is filled in.
 */
@SignedIn(name = "Heledd Example-Date", email = "heledd.example-date@example.com")
class ExampleDateHintTest extends FormPageTest {

    private static final Pattern EXAMPLE = Pattern.compile("(\\d{1,2}) (\\d{1,2}) (\\d{4})$");

    @Test
    void theExampleStartDateIsADayTheFormTakes() {
        assertThat(exampleDate("For example, ")).isAfterOrEqualTo(LocalDate.now()).isBefore(LocalDate.now().plusMonths(6));
    }

    @Test
    void theWelshExampleIsADayTheFormTakesToo() {
        chooseLanguage(Language.WELSH);
        assertThat(exampleDate("Er enghraifft, ")).isAfterOrEqualTo(LocalDate.now()).isBefore(LocalDate.now().plusMonths(6));
    }

    private LocalDate exampleDate(String introduction) {
        String draft = startDraft(GardenWasteForm.SERVICE);
        openPage(draft, "start-date");
        String hint = elementById("q-start-date-hint").getText();
        assertThat(hint).contains(introduction);
        Matcher date = EXAMPLE.matcher(hint);
        assertThat(date.find()).as("a date at the end of \"%s\"", hint).isTrue();
        return LocalDate.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)),
                Integer.parseInt(date.group(1)));
    }
}
