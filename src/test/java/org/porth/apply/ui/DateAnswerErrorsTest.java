package org.porth.apply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.porth.browserless.SignedIn;
import org.porth.forms.Answers;
import org.porth.shared.Language;

/**
 * Dates typed wrong in the day, month and year boxes: one message for the date, by the group and in
 * the summary; the boxes keep what was typed, with the names on the same page; nothing is saved.
 */
@SignedIn(name = "Gethin Date-Answers", email = "gethin.date-answers@example.com")
class DateAnswerErrorsTest extends FormPageTest {

    private static final String DATE = "child-date-of-birth";

    @Test
    void aDateWithoutItsMonthSaysWhatIsMissing() {
        String draft = startDraft("school-place");
        Answers before = saved(draft);
        openPage(draft, "child");

        typeNames("Mali", "Jones");
        typeDate("14", "", "2019");
        pressContinue();

        String message = "Your child's date of birth must include a month";
        assertThat(errorSummary()).containsExactly(message);
        assertThat(errorSummaryTargets()).as("the link goes to the missing box").containsExactly("#q-" + DATE + "-month");
        assertThat(errorMessagesIn(dateGroup())).containsExactly(message);
        assertThat(List.of(marked("day"), marked("month"), marked("year")))
                .containsExactly(false, true, false);
        assertThat(title()).startsWith("Error: About your child");
        assertThat(typedDate()).containsExactly("14", "", "2019");
        assertThat(typedNames()).containsExactly("Mali", "Jones");
        assertThat(saved(draft)).isEqualTo(before);
    }

    @Test
    void theThirtyFirstOfFebruaryIsNotARealDate() {
        String draft = startDraft("school-place");
        Answers before = saved(draft);
        openPage(draft, "child");

        typeNames("Mali", "Jones");
        typeDate("31", "2", "2019");
        pressContinue();

        String message = "The date your child was born must be a real date";
        assertThat(errorSummary()).containsExactly(message);
        assertThat(errorMessagesIn(dateGroup())).containsExactly(message);
        assertThat(title()).startsWith("Error:");
        assertThat(typedDate()).containsExactly("31", "2", "2019");
        assertThat(typedNames()).containsExactly("Mali", "Jones");
        assertThat(saved(draft)).isEqualTo(before);
    }

    @Test
    void aDateOutOfTheServicesRangeIsRefusedWithItsOwnMessage() {
        String draft = startDraft("school-place");
        Answers before = saved(draft);
        openPage(draft, "child");
        LocalDate tomorrow = LocalDate.now().plusDays(1);

        typeNames("Mali", "Jones");
        typeDate(tomorrow);
        pressContinue();

        String message = "The date your child was born must be in the past";
        assertThat(errorSummary()).containsExactly(message);
        assertThat(errorMessagesIn(dateGroup())).containsExactly(message);
        assertThat(typedDate()).containsExactly(String.valueOf(tomorrow.getDayOfMonth()),
                String.valueOf(tomorrow.getMonthValue()), String.valueOf(tomorrow.getYear()));
        assertThat(saved(draft)).isEqualTo(before);
    }

    @Test
    void aDateBeforeTheEarliestAllowedIsRefused() {
        String draft = startDraft("garden-waste");
        Answers before = saved(draft);
        openPage(draft, "start-date");

        typeDate("1", "1", "2020", "start-date");
        pressContinue();

        assertThat(errorSummary()).containsExactly("The start date must be today or in the future");
        assertThat(errorMessagesIn(find(FieldSet.class).id("q-start-date")))
                .containsExactly("The start date must be today or in the future");
        assertThat(saved(draft)).isEqualTo(before);
    }

    @Test
    void inWelshTheDateMessageIsWelsh() {
        chooseLanguage(Language.WELSH);
        String draft = startDraft("school-place");
        openPage(draft, "child");

        typeNames("Mali", "Jones");
        typeDate("31", "2", "2019");
        pressContinue();

        String message = "Rhaid i'r dyddiad y cafodd eich plentyn ei eni fod yn ddyddiad go iawn";
        assertThat(errorSummary()).containsExactly(message);
        assertThat(errorMessagesIn(dateGroup())).containsExactly(message);
        assertThat(title()).startsWith("Gwall: Am eich plentyn");
    }

    private void typeNames(String first, String last) {
        test(find(TextField.class).id("q-child-first-name")).setValue(first);
        test(find(TextField.class).id("q-child-last-name")).setValue(last);
    }

    private List<String> typedNames() {
        return List.of(find(TextField.class).id("q-child-first-name").getValue(),
                find(TextField.class).id("q-child-last-name").getValue());
    }

    private void typeDate(LocalDate date) {
        typeDate(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
    }

    private void typeDate(String day, String month, String year) {
        typeDate(day, month, year, DATE);
    }

    private void typeDate(String day, String month, String year, String questionId) {
        test(find(Input.class).id("q-" + questionId + "-day")).setValue(day);
        test(find(Input.class).id("q-" + questionId + "-month")).setValue(month);
        test(find(Input.class).id("q-" + questionId + "-year")).setValue(year);
    }

    private List<String> typedDate() {
        return List.of(part("day").getValue(), part("month").getValue(), part("year").getValue());
    }

    private Input part(String part) {
        return find(Input.class).id("q-" + DATE + "-" + part);
    }

    private boolean marked(String part) {
        return part(part).getClassNames().contains("porth-input--error");
    }

    private FieldSet dateGroup() {
        return find(FieldSet.class).id("q-" + DATE);
    }
}
