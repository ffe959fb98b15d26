package org.porth.resident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.porth.resident.Consent;
import org.porth.resident.ConsentId;
import org.porth.resident.ConsentWording;
import org.porth.resident.ProfileChange;
import org.porth.resident.ProfileField;
import org.porth.resident.ResidentId;
import org.porth.resident.Somebody;
import org.porth.resident.TellUsOnce;
import org.porth.shell.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;

/** "Information you have agreed to share" in My account, and withdrawing an agreement after confirming. */
class ConsentWithdrawalTest extends ProfilePageTest {

    @Autowired
    private TellUsOnce tellUsOnce;

    @Test
    void aResidentWhoHasSharedNothingIsToldWhatWillAppear() {
        signInAsNewResident();

        navigate(MyAccountView.class);

        assertThat(find(Paragraph.class).withText(english("my-account.consents.none")).exists()).isTrue();
    }

    @Test
    void aConsentIsListedWithTheQuestionAsAskedAndWithdrawnAfterConfirming() {
        signInAsNewResident();
        ConsentId consent = sharePhoneNumber(profile().id());

        navigate(MyAccountView.class);
        assertThat(find(H3.class).withText("Phone number").exists()).isTrue();
        assertThat(find(Paragraph.class).withTextContaining("We asked: Do you want us to update your account with your"
                + " new phone number, and share it with every council service that uses it?").exists()).isTrue();
        test(find(NativeButton.class).withText("Withdraw").single()).click();

        assertThat(currentView()).isInstanceOf(WithdrawConsentView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("my-account/consents/" + consent + "/withdraw");
        press("my-account.withdraw-page.confirm");

        assertBackOnMyAccountSaying("You have withdrawn your agreement.");
        assertThat(tellUsOnce.consents(profile().id())).singleElement().satisfies(record ->
                assertThat(record.withdrawn()).isTrue());
        assertThat(find(Paragraph.class).withTextContaining("You withdrew this on").exists()).isTrue();
        assertThat(find(NativeButton.class).withText("Withdraw").exists()).isFalse();
    }

    @Test
    void changingTheirMindLeavesTheConsentStanding() {
        signInAsNewResident();
        ConsentId consent = sharePhoneNumber(profile().id());
        UI.getCurrent().navigate("my-account/consents/" + consent + "/withdraw");

        test(find(RouterLink.class).withText("No, go back to my account").single()).click();

        assertThat(currentView()).isInstanceOf(MyAccountView.class);
        assertThat(tellUsOnce.consents(profile().id())).singleElement().satisfies(record ->
                assertThat(record.withdrawn()).isFalse());
    }

    @Test
    void anotherResidentsConsentIsAPageThatDoesNotExist() {
        signInAsNewResident();
        ConsentId someoneElses = sharePhoneNumber(profile().id());

        signIn(Somebody.named("Dafydd").asResident());
        UI.getCurrent().navigate("my-account/consents/" + someoneElses + "/withdraw");

        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(NativeButton.class).withText("Yes, withdraw").exists()).isFalse();
    }

    private ConsentId sharePhoneNumber(ResidentId id) {
        return tellUsOnce.shareChange(id, ProfileChange.NONE.withPhone("07700 900 982"),
                Consent.given(ConsentWording.forFields(Set.of(ProfileField.PHONE)))).orElseThrow();
    }
}
