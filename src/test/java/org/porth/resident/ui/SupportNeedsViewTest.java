package org.porth.resident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.resident.Consent;
import org.porth.resident.SupportNeed;
import org.porth.resident.SupportNeeds;
import org.porth.resident.SupportNeedsWording;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;

/** My account's "Support you need": telling us with consent, the problems explained, changing and removing. */
class SupportNeedsViewTest extends ProfilePageTest {

    @Autowired
    private SupportNeeds supportNeeds;

    @BeforeEach
    void signInFirst() {
        signInAsNewResident();
    }

    @Test
    void myAccountSaysNothingIsToldAndLinksToThePageThatExplainsWhatItIsFor() {
        navigate(MyAccountView.class);
        assertThat(find(Paragraph.class).withText("You have not told us about any support you need.").exists()).isTrue();

        test(find(RouterLink.class).withText("Tell us about support you need").single()).click();

        assertThat(currentView()).isInstanceOf(SupportNeedsView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Tell us about support you need");
        assertThat(find(Paragraph.class).withTextContaining("Council teams will use this to prioritise your requests and"
                + " adapt how they deal with you").exists()).isTrue();
        assertThat(needs().getValue()).isEmpty();
        assertThat(consent().getValue()).isFalse();
        assertThat(consent().getLabel()).isEqualTo(SupportNeedsWording.consent().en());
        assertThat(find(NativeButton.class).withText("Remove my support needs").exists()).as("nothing to remove").isFalse();
    }

    @Test
    void withNoNeedAndNoConsentBothProblemsAreExplainedAndNothingIsKept() {
        navigate(SupportNeedsView.class);

        press("my-account.form.save");

        assertThat(errorSummary()).containsExactly("Select the support you need",
                "Tick the box to agree that council teams can use your support needs");
        assertThat(needs().isInvalid()).isTrue();
        assertThat(consent().getErrorMessage()).isEqualTo("Tick the box to agree that council teams can use your support needs");
        assertThat(supportNeeds.of(profile().id())).isEmpty();
    }

    @Test
    void needsWithoutConsentAreKeptAsChosenOnThePageButNotSaved() {
        navigate(SupportNeedsView.class);
        test(needs()).selectItem("I am 75 or older");

        press("my-account.form.save");

        assertThat(errorSummary()).containsExactly("Tick the box to agree that council teams can use your support needs");
        assertThat(needs().isInvalid()).isFalse();
        assertThat(needs().getValue()).containsExactly(SupportNeed.OVER_75);
        assertThat(supportNeeds.of(profile().id())).isEmpty();
    }

    @Test
    void needsToldWithConsentAreSavedListedAndCanBeChanged() {
        navigate(SupportNeedsView.class);
        test(needs()).selectItem("I am 75 or older");
        test(needs()).selectItem("I find it hard to read or fill in forms");
        test(consent()).click();

        press("my-account.form.save");

        assertBackOnMyAccountSaying("We have saved the support you need.");
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .contains("I am 75 or older", "I find it hard to read or fill in forms");
        assertThat(supportNeeds.of(profile().id()).orElseThrow().needs())
                .containsExactlyInAnyOrder(SupportNeed.OVER_75, SupportNeed.READING_AND_FORMS);

        test(find(RouterLink.class).withText("Change or remove the support you need").single()).click();
        assertThat(needs().getValue()).containsExactlyInAnyOrder(SupportNeed.OVER_75, SupportNeed.READING_AND_FORMS);
        assertThat(consent().getValue()).isTrue();
        test(needs()).deselectItem("I find it hard to read or fill in forms");
        press("my-account.form.save");

        assertThat(supportNeeds.of(profile().id()).orElseThrow().needs()).containsExactly(SupportNeed.OVER_75);
    }

    @Test
    void removingThemWithdrawsTheConsentAndSaysSo() {
        supportNeeds.record(profile().id(), Set.of(SupportNeed.CARER), Consent.given(SupportNeedsWording.consent()));
        navigate(SupportNeedsView.class);
        assertThat(find(Paragraph.class).withTextContaining("This withdraws your agreement, and we delete what you told us")
                .exists()).isTrue();

        test(find(NativeButton.class).withText("Remove my support needs").single()).click();

        assertBackOnMyAccountSaying("We have removed your support needs and your agreement.");
        assertThat(supportNeeds.of(profile().id())).isEmpty();
        assertThat(find(Paragraph.class).withText("You have not told us about any support you need.").exists()).isTrue();
    }

    @Test
    void thePageIsInWelshForAWelshReader() {
        navigate(SupportNeedsView.class);
        chooseLanguage(Language.WELSH);

        assertThat(find(H1.class).single().getText()).isEqualTo("Dywedwch wrthym am gymorth sydd ei angen arnoch");
        assertThat(consent().getLabel()).isEqualTo(SupportNeedsWording.consent().cy());
        test(find(NativeButton.class).withText("Cadw").single()).click();
        assertThat(errorSummary()).containsExactly("Dewiswch y cymorth sydd ei angen arnoch",
                "Ticiwch y blwch i gytuno y gall timau'r cyngor ddefnyddio eich anghenion cymorth");
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<SupportNeed> needs() {
        return find(CheckboxGroup.class).id(SupportNeedsView.NEEDS_ID);
    }

    private Checkbox consent() {
        return find(Checkbox.class).id(SupportNeedsView.CONSENT_ID);
    }
}
