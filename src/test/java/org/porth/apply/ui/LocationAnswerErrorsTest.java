package org.porth.apply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.porth.browserless.SignedIn;
import org.porth.forms.Answers;
import org.porth.shell.NativeSelect;

/** Where a pothole is, given wrong: no place at all, a street not chosen, or no description of the spot. */
@SignedIn(name = "Nia Location-Answers", email = "nia.location-answers@example.com")
class LocationAnswerErrorsTest extends FormPageTest {

    private static final String STRYD_FAWR = "32710042";
    private static final String NOT_CHOSEN =
            "Choose a street from the list and tell us where on the street the pothole is";

    @Test
    void noPlaceChosenAsksWhereItIs() {
        String draft = startDraft("pothole");
        Answers before = saved(draft);
        openPage(draft, "location");

        pressContinue();

        assertThat(errorSummary()).containsExactly("Tell us where the pothole is");
        assertThat(errorSummaryTargets()).containsExactly("#q-location-where");
        assertThat(fieldError(where())).hasValue("Tell us where the pothole is");
        assertThat(title()).startsWith("Error:");
        assertThat(saved(draft)).isEqualTo(before);
    }

    @Test
    void aStreetFoundButNotChosenIsAskedForByTheList() {
        String draft = startDraft("pothole");
        Answers before = saved(draft);
        openPage(draft, "location");

        where().setValue("street");
        test(find(TextField.class).id("q-location-street-name")).setValue("Stryd Fawr");
        click("Find street");
        assertThat(elementById("q-location-usrn").getChild(0).getText()).isEqualTo("1 street found");
        test(description()).setValue("Outside the bakery");
        pressContinue();

        assertThat(errorSummary()).containsExactly(NOT_CHOSEN);
        assertThat(errorSummaryTargets()).containsExactly("#q-location-usrn");
        assertThat(errorMessagesIn(find(NativeSelect.class).first())).containsExactly(NOT_CHOSEN);
        assertThat(title()).startsWith("Error:");
        assertThat(where().getValue()).isEqualTo("street");
        assertThat(find(TextField.class).id("q-location-street-name").getValue()).isEqualTo("Stryd Fawr");
        assertThat(optionValues("q-location-usrn")).contains(STRYD_FAWR);
        assertThat(description().getValue()).isEqualTo("Outside the bakery");
        assertThat(saved(draft)).isEqualTo(before);
    }

    @Test
    void aStreetSearchForAnythingElseSaysNoStreetIsCalledThat() {
        openPage(startDraft("pothole"), "location");
        where().setValue("street");

        for (String typed : List.of("' OR 1=1 --", "%", "_", "\\", "\u0000", "😀", "a".repeat(20_000))) {
            test(find(TextField.class).id("q-location-street-name")).setValue(typed);
            click("Find street");
            assertThat(find(Paragraph.class).withText("We could not find a street called " + typed
                    + " in the council area. Check the spelling.").exists()).as(typed).isTrue();
            assertThat(find(NativeSelect.class).exists()).as("no list of streets").isFalse();
        }
    }

    @Test
    void aStreetWithoutWhereOnItIsAskedToDescribeTheSpot() {
        String draft = startDraft("pothole");
        Answers before = saved(draft);
        openPage(draft, "location");

        where().setValue("street");
        test(find(TextField.class).id("q-location-street-name")).setValue("Stryd Fawr");
        click("Find street");
        choose("q-location-usrn", STRYD_FAWR);
        pressContinue();

        assertThat(errorSummary()).containsExactly("Describe the place where the pothole is");
        assertThat(errorSummaryTargets()).containsExactly("#q-location-description");
        assertThat(fieldError(description())).hasValue("Describe the place where the pothole is");
        assertThat(elementById("q-location-usrn").getProperty("value")).as("the street stays chosen").isEqualTo(STRYD_FAWR);
        assertThat(saved(draft)).isEqualTo(before);

        test(description()).setValue("Outside the bakery");
        pressContinue();

        assertThat(saved(draft).get("location").flatMap(answer -> answer.field("usrn"))).hasValue(STRYD_FAWR);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> where() {
        return find(RadioButtonGroup.class).id("q-location-where");
    }

    private TextArea description() {
        return find(TextArea.class).id("q-location-description");
    }
}
