package org.porth.resident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.porth.browserless.PortalViewTest;
import org.porth.browserless.SignedIn;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;

/** My account: who the council knows the resident as, and the language it uses with them. */
@SignedIn(name = "Sam Taylor", email = "sam.taylor@example.com")
class MyAccountViewTest extends PortalViewTest {

    @Autowired
    private ResidentProfiles profiles;

    @Test
    void aNewResidentSeesTheNameAndEmailFromTheirSignInAndWhatTheyHaveNotGivenYet() {
        MyAccountView view = navigate(MyAccountView.class);

        assertThat(find(H1.class, view).single().getText()).isEqualTo("My account");
        assertThat(ProfileRows.of(view)).containsExactly(
                "Name: Sam Taylor (Change name)",
                "Date of birth: Not given (Change date of birth)",
                "Address: Not given (Change address)",
                "Phone number: Not given (Change phone number)",
                "Email address: sam.taylor@example.com (Change email address)",
                "How we contact you: Email (Change how we contact you)");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("My account – Porth County Council");
    }

    @Test
    @SignedIn(name = "Sam Nomail", email = "")
    void saysWhenTheCouncilHasNoEmailAddress() {
        MyAccountView view = navigate(MyAccountView.class);

        assertThat(ProfileRows.of(view)).contains("Email address: Not given (Change email address)",
                "How we contact you: Not given (Change how we contact you)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void offersBothLanguagesWithTheCurrentOneChosen() {
        MyAccountView view = navigate(MyAccountView.class);

        RadioButtonGroup<Language> language = find(RadioButtonGroup.class, view).single();
        assertThat(language.getLabel()).isEqualTo("Which language should we use with you?");
        assertThat(language.getListDataView().getItems()).containsExactly(Language.ENGLISH, Language.WELSH);
        assertThat(language.getValue()).isEqualTo(Language.ENGLISH);
    }

    @Test
    @SuppressWarnings("unchecked")
    void savingALanguageReloadsThePageInIt() {
        MyAccountView view = navigate(MyAccountView.class);

        find(RadioButtonGroup.class, view).single().setValue(Language.WELSH);
        test(find(NativeButton.class, view).withText(english("my-account.language.save")).single()).click();

        assertThat(pageLocation()).isEqualTo("/my-account?lang=cy&saved");
        assertThat(profiles.current().language()).as("kept for letters and messages").isEqualTo(Language.WELSH);
    }

    @Test
    void confirmsASavedLanguage() {
        UI.getCurrent().navigate("my-account", QueryParameters.fromString(MyAccountView.SAVED));

        Paragraph saved = find(Paragraph.class).withText(english("my-account.language.saved")).single();
        assertThat(saved.getElement().getAttribute("role")).isEqualTo("status");
    }
}
