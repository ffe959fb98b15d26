package org.porth.apply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.SignedIn;
import org.porth.shared.Language;

/**
 * Streets are suggested as the resident types where a pothole is, before "Find street": any word of
 * a name from its start, in any case, Welsh names with or without their accents; the count is said
 * to screen readers (a status); too little typed suggests nothing.
 */
@SignedIn(name = "Rhys Street-Suggestions", email = "rhys.street-suggestions@example.com")
class StreetSuggestionsTest extends FormPageTest {

    private static final String LIST = "q-location-usrn";
    private static final String STRYD_FAWR = "32710042";
    private static final String STRYD_Y_FARCHNAD = "32710077";
    private static final String CHURCH_STREET = "32710101";
    private static final String HEOL_GLYNDWR = "32710562";

    @BeforeEach
    @SuppressWarnings("unchecked")
    void onTheStreetPart() {
        openPage(startDraft("pothole"), "location");
        find(RadioButtonGroup.class).id("q-location-where").setValue("street");
    }

    @Test
    void thePartOfANameTypedSuggestsTheStreetsWithoutFindStreet() {
        type("Stry");
        assertThat(optionValues(LIST)).contains(STRYD_FAWR, STRYD_Y_FARCHNAD).doesNotContain(CHURCH_STREET);
        assertThat(status()).matches("\\d+ streets found");

        type("CHUR");
        assertThat(optionValues(LIST)).containsExactly(CHURCH_STREET);
        assertThat(status()).isEqualTo("1 street found");

        type("stryd faw");
        assertThat(optionValues(LIST)).containsExactly(STRYD_FAWR);

        type("glyndw");
        assertThat(optionValues(LIST)).as("a Welsh name typed without its accent").containsExactly(HEOL_GLYNDWR);
    }

    @Test
    void aNameNoStreetHasIsSaidAsTyped() {
        type("Zzyzx");
        assertThat(elementById(LIST).getParent().isVisible()).isFalse();
        assertThat(status()).isEqualTo("We could not find a street called Zzyzx in the council area. Check the spelling.");
    }

    @Test
    void oneLetterSuggestsNothingYet() {
        type("s");
        assertThat(elementById(LIST).getParent().isVisible()).isFalse();
        assertThat(status()).isEmpty();
    }

    @Test
    void inWelshTheCountIsWelsh() {
        chooseLanguage(Language.WELSH);
        onTheStreetPart();
        type("ffynn");
        assertThat(status()).isEqualTo("Wedi dod o hyd i 1 stryd");
        assertThat(optionValues(LIST)).hasSize(1);
    }

    private void type(String text) {
        test(find(TextField.class).id("q-location-street-name")).setValue(text);
    }

    private String status() {
        assertThat(elementById("q-location-streets-found").getAttribute("role")).isEqualTo("status");
        return elementById("q-location-streets-found").getText();
    }
}
