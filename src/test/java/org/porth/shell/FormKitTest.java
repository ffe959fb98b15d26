package org.porth.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.porth.browserless.PortalViewTest;
import org.porth.shared.ActionRefused;
import org.porth.shell.ErrorSummary.Problem;

/** The GOV.UK form kit's pieces as the pages use them: ids, classes and descriptions the browser tests rely on. */
class FormKitTest extends PortalViewTest {

    @Test
    void aTextInputWithAnErrorIsDescribedByItsHintAndTheMessage() {
        TextInput phone = new TextInput("phone", "Phone", "Like 01632 960 001", false).kind("tel", "tel");

        assertThat(phone.input().getElement().getAttribute("aria-describedby")).isEqualTo("phone-hint");
        Optional<Problem> problem = phone.problem("Enter a phone number");

        assertThat(problem).contains(new Problem("phone", "Enter a phone number"));
        assertThat(phone.input().getElement().getAttribute("aria-describedby")).isEqualTo("phone-hint phone-error");
        assertThat(phone.getClassNames()).contains("porth-form-group", "porth-form-group--error");
        assertThat(phone.input().getClassNames()).contains("porth-input--error");
        assertThat(phone.input().getElement().getAttribute("autocomplete")).isEqualTo("tel");

        phone.problem(null);
        assertThat(phone.input().getElement().getAttribute("aria-describedby")).isEqualTo("phone-hint");
        assertThat(phone.input().getClassNames()).doesNotContain("porth-input--error");
    }

    @Test
    void anErrorMessageIsReadOutWithItsPrefix() {
        ErrorMessage error = new ErrorMessage("phone-error");
        assertThat(error.isVisible()).isFalse();

        error.show("Enter a phone number");

        assertThat(error.isVisible()).isTrue();
        assertThat(error.getElement().getTextRecursively()).isEqualTo("Error: Enter a phone number");
        assertThat(error.getText()).as("shown without the prefix").isEqualTo("Enter a phone number");
    }

    @Test
    void aDateInputMarksOnlyTheBoxesTheProblemIsAboutAndLinksToTheFirst() {
        DateInput date = new DateInput("when", "For example, 27 3 2007").legend("When").birthday();
        date.setText(DateInput.DAY, "14");
        date.setText(DateInput.YEAR, "2019");

        Optional<Problem> problem = date.problem("Include a month", Set.of(DateInput.MONTH, DateInput.YEAR));

        assertThat(problem).contains(new Problem("when-month", "Include a month"));
        assertThat(DateInput.PARTS.stream().map(part -> date.part(part).getClassNames().contains("porth-input--error")))
                .containsExactly(false, true, true);
        assertThat(date.getElement().getAttribute("aria-describedby")).isEqualTo("when-hint when-error");
        assertThat(date.part(DateInput.DAY).getElement().getAttribute("autocomplete")).isEqualTo("bday-day");
        assertThat(date.part(DateInput.YEAR).getElement().getAttribute("inputmode")).isEqualTo("numeric");
        assertThat(date.text(DateInput.DAY)).isEqualTo("14");
        assertThat(date.text(DateInput.MONTH)).isEmpty();

        assertThat(date.problem(null, Set.of())).isEmpty();
        assertThat(date.getElement().getAttribute("aria-describedby")).isEqualTo("when-hint");
    }

    @Test
    void aRefusedActionIsShownNextToItsFieldOrElseNextToTheButton() {
        FieldProblems problems = new FieldProblems();
        TextField reason = problems.field("reason", new TextField("Reason"));

        Optional<String> refused = problems.attempt("send", () -> {
            throw new ActionRefused("reason", "error.summary-title");
        });

        assertThat(refused).isEmpty();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("There is a problem");
        assertThat(problems.attempt("send", () -> "done")).contains("done");
        assertThat(reason.isInvalid()).as("cleared before acting again").isFalse();

        problems.attempt("send", () -> {
            throw new ActionRefused(null, "error.summary-title");
        });
        assertThat(reason.isInvalid()).isFalse();
        assertThat(problems.summary().isVisible()).isTrue();
        assertThat(problems.summary().getElement().getTextRecursively()).contains("There is a problem");
    }

    @Test
    void aNativeSelectWithAnErrorIsInvalidAndDescribedByTheMessage() {
        NativeSelect<String> select = new NativeSelect<>("Address", "uprn");
        select.setItems(List.of("1", "2"), item -> item, item -> "House " + item, "2 addresses found");

        select.showError(Optional.of("Select an address"));

        assertThat(select.getClassNames()).contains("porth-form-group--error");
        assertThat(select.getElement().getChild(3).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(select.getElement().getChild(3).getAttribute("aria-describedby")).isEqualTo("uprn-hint uprn-error");
    }
}
