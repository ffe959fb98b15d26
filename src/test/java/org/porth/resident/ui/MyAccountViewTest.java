package org.porth.resident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.porth.browserless.PortalViewTest;
import org.porth.browserless.SignedIn;
import org.porth.shared.Language;

/** My account: who the council knows the resident as, and the language it uses with them. */
@SignedIn(name = "Sam Taylor", email = "sam.taylor@example.com")
class MyAccountViewTest extends PortalViewTest {

    @Test
    void showsTheNameAndEmailFromTheSignIn() {
        MyAccountView view = navigate(MyAccountView.class);

        assertThat(find(H1.class, view).single().getText()).isEqualTo("My account");
        assertThat(summary(view)).containsExactly(
                english("my-account.name"), "Sam Taylor",
                english("my-account.email"), "sam.taylor@example.com");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("My account – Porth County Council");
    }

    @Test
    @SignedIn(name = "Sam Taylor", email = "")
    void saysWhenTheSignInServiceDidNotShareAnEmail() {
        MyAccountView view = navigate(MyAccountView.class);

        assertThat(summary(view)).contains("Not shared by your sign-in service");
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
    }

    @Test
    void confirmsASavedLanguage() {
        UI.getCurrent().navigate("my-account", QueryParameters.fromString(MyAccountView.SAVED));

        Paragraph saved = find(Paragraph.class).withText(english("my-account.language.saved")).single();
        assertThat(saved.getElement().getAttribute("role")).isEqualTo("status");
    }

    private List<String> summary(MyAccountView view) {
        return find(DescriptionList.class, view).single().getChildren()
                .map(item -> item.getElement().getTextRecursively())
                .toList();
    }
}
