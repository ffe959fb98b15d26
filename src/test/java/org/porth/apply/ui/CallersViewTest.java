package org.porth.apply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.identity.Role;
import org.porth.resident.ContactPreferences;
import org.porth.resident.NewResident;
import org.porth.resident.PersonName;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Help a caller: the search for them answers whatever an officer types, and never fails; a caller
 * who gives only their name is recorded all the same.
 */
class CallersViewTest extends PortalViewTest {

    @Autowired
    ResidentProfiles profiles;

    @Test
    void aSearchForAnythingNobodyHoldsSaysNoOneWasFound() {
        signIn(People.officer(Role.CASEWORKER));
        navigate(CallersView.class);

        for (String typed : List.of("' OR 1=1 --", "%%", "'; drop table resident; --", "\u0000", "😀 \\ _",
                "a".repeat(20_000))) {
            search(typed, "Search");
            assertThat(find(Div.class).id("caller-results").getElement().getTextRecursively())
                    .as(typed.substring(0, Math.min(typed.length(), 40)))
                    .isEqualTo("No one found. Check the spelling, try another detail, or record a new caller below.");
        }
    }

    @Test
    void oneCallerFoundIsOnePersonInEnglishAndWelsh() {
        signIn(People.officer(Role.CASEWORKER));
        profiles.createForCaller(new NewResident(new PersonName("Eirlys", "Counted-Once"), null, null, null,
                "eirlys.counted-once@example.com", Language.ENGLISH, ContactPreferences.DEFAULT));
        navigate(CallersView.class);

        search("eirlys.counted-once@example.com", "Search");
        assertThat(find(H2.class, find(Div.class).id("caller-results")).single().getText()).isEqualTo("1 person found");

        chooseLanguage(Language.WELSH);
        search("eirlys.counted-once@example.com", "Chwilio");
        assertThat(find(H2.class, find(Div.class).id("caller-results")).single().getText())
                .isEqualTo("Wedi dod o hyd i 1 person");
    }

    private void search(String typed, String button) {
        test(find(TextField.class).id("caller-query")).setValue(typed);
        test(find(NativeButton.class).withText(button).single()).click();
    }

    @Test
    void aCallerWhoGivesOnlyTheirNameIsRecordedAndTheRequestCanStart() {
        signIn(People.officer(Role.CASEWORKER));
        navigate(CallersView.class);

        test(find(TextField.class).id("caller-given")).setValue("Gwen");
        test(find(TextField.class).id("caller-family")).setValue("No-Contact");
        test(find(NativeButton.class).withText("Record the caller").single()).click();

        assertThat(find(H1.class).single().getText()).isEqualTo("Start a request for Gwen No-Contact");
    }
}
