package org.porth.apply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.porth.browserless.SignedIn;
import org.porth.forms.Answers;

/**
 * An address found by postcode in the gazetteer, or typed in: each way of getting it wrong says
 * what to do, by the input concerned and in the summary, and keeps what the resident typed.
 */
@SignedIn(name = "Owain Address-Answers", email = "owain.address-answers@example.com")
class AddressAnswerErrorsTest extends FormPageTest {

    private static final String RED_LION = "100100412229";

    @Test
    void aPostcodeWithNoAddressesSaysSoAndContinuingAsksForTheAddress() {
        String draft = startDraft("garden-waste");
        Answers before = saved(draft);
        openPage(draft, "address");

        test(box("postcode")).setValue("PT9 9ZZ");
        click("Find address");

        assertThat(find(Paragraph.class).withText("We could not find any addresses for PT9 9ZZ. Check the postcode,"
                + " or type the address in.").exists()).isTrue();

        pressContinue();

        assertThat(errorSummary()).containsExactly("Enter your address");
        assertThat(errorSummaryTargets()).containsExactly("#q-address-postcode");
        assertThat(fieldError(box("postcode"))).hasValue("Enter your address");
        assertThat(title()).startsWith("Error:");
        assertThat(box("postcode").getValue()).isEqualTo("PT9 9ZZ");
        assertThat(saved(draft)).isEqualTo(before);
    }

    @Test
    void addressesFoundButNoneChosenAsksForOneByTheList() {
        String draft = startDraft("garden-waste");
        Answers before = saved(draft);
        openPage(draft, "address");
        test(box("postcode")).setValue("pt1 1aa");
        click("Find address");
        assertThat(optionValues("q-address-uprn")).hasSize(25).contains(RED_LION);

        pressContinue();

        assertThat(errorSummary()).containsExactly("Enter your address");
        assertThat(errorSummaryTargets()).containsExactly("#q-address-uprn");
        assertThat(errorMessagesIn(find(FieldSet.class).id("q-address"))).containsExactly("Enter your address");
        assertThat(elementById("q-address-uprn").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(optionValues("q-address-uprn")).as("the list is still there to choose from").hasSize(25);
        assertThat(saved(draft)).isEqualTo(before);

        choose("q-address-uprn", RED_LION);
        pressContinue();

        assertThat(saved(draft).get("address").flatMap(answer -> answer.field("uprn"))).hasValue(RED_LION);
    }

    @Test
    void anAddressTypedInWithoutItsFirstLineTownOrARealPostcodeSaysEach() {
        String draft = startDraft("garden-waste");
        Answers before = saved(draft);
        openPage(draft, "address");

        click("I cannot find the address in the list");
        test(box("manual-line2")).setValue("Heol y Castell");
        test(box("manual-postcode")).setValue("nowhere");
        pressContinue();

        assertThat(errorSummary()).containsExactly(
                "Enter address line 1 for your address, usually the building and street",
                "Enter the town or city for your address",
                "Enter a full UK postcode for your address, like CF10 1EP");
        assertThat(errorSummaryTargets()).containsExactly("#q-address-manual-line1", "#q-address-manual-town",
                "#q-address-manual-postcode");
        assertThat(fieldError(box("manual-line1")))
                .hasValue("Enter address line 1 for your address, usually the building and street");
        assertThat(fieldError(box("manual-town"))).hasValue("Enter the town or city for your address");
        assertThat(fieldError(box("manual-postcode"))).hasValue("Enter a full UK postcode for your address, like CF10 1EP");
        assertThat(fieldError(box("manual-line2"))).isEmpty();
        assertThat(title()).startsWith("Error:");
        assertThat(box("manual-line2").getValue()).isEqualTo("Heol y Castell");
        assertThat(box("manual-postcode").getValue()).isEqualTo("nowhere");
        assertThat(saved(draft)).isEqualTo(before);
    }

    private TextField box(String field) {
        return find(TextField.class).id("q-address-" + field);
    }
}
