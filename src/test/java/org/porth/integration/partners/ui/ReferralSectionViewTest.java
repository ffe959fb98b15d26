package org.porth.integration.partners.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.PortalViewTest;
import org.porth.integration.partners.LawfulBasis;
import org.porth.integration.partners.Partner;
import org.porth.integration.partners.ReferralFixtures;
import org.porth.integration.partners.ReferralFixtures.Scene;
import org.porth.integration.partners.ReferralType;
import org.porth.integration.partners.Referrals;
import org.porth.shared.Language;
import org.porth.shell.NativeSelect;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case page's referral section: a refused referral says why next to the field and keeps what was
 * typed; a referral with consent appears on the case and, in the resident's words, in English and
 * Welsh, on their request page.
 */
class ReferralSectionViewTest extends PortalViewTest {

    @Autowired
    private ReferralFixtures fixtures;

    private Scene scene;
    private Partner homes;

    @BeforeEach
    void anOfficerOnTheResidentsCase() {
        scene = fixtures.scene();
        homes = fixtures.partner("Porth Homes " + UUID.randomUUID().toString().substring(0, 6), null,
                LocalDate.now().plusYears(1));
        signIn(scene.officer());
        navigate("staff/cases/" + scene.reference(), com.vaadin.flow.component.Component.class);
    }

    @Test
    void aLawfulBasisWithoutAJustificationIsRefusedAndWhatWasTypedStays() {
        fill(LawfulBasis.SAFEGUARDING);
        refer();

        TextArea justification = find(TextArea.class).withId(Referrals.JUSTIFICATION_FIELD).single();
        assertThat(justification.isInvalid()).isTrue();
        assertThat(justification.getErrorMessage()).isEqualTo(english("referrals.justification.required"));
        assertThat(find(TextArea.class).withId(Referrals.REASON_FIELD).single().getValue()).isEqualTo("Damp bedroom");
        assertThat(section()).contains(english("referrals.none"));
    }

    @Test
    void withTheResidentsConsentTheReferralIsOnTheCaseAndOnTheirRequestPageInEnglishAndWelsh() {
        fill(LawfulBasis.CONSENT);
        @SuppressWarnings("unchecked")
        NativeSelect<Object> consent = find(NativeSelect.class).all().get(1);
        consent.select(consentOption());
        refer();

        assertThat(section()).contains(homes.name() + ": " + english("referrals.type.HOUSING"),
                english("referrals.status.SENT").split(",")[0], "Damp bedroom");
        assertThat(find(Div.class).withId("case-timeline").single().getElement().getTextRecursively())
                .contains(english("case.timeline.REFERRED", homes.name()));

        signIn(scene.resident());
        navigate("my-requests/" + scene.reference(), com.vaadin.flow.component.Component.class);
        assertThat(find(Div.class).withId("timeline").single().getElement().getTextRecursively())
                .contains("Passed to " + homes.name() + ", who will contact you");
        chooseLanguage(Language.WELSH);
        assertThat(find(Div.class).withId("timeline").single().getElement().getTextRecursively())
                .contains("Wedi'i drosglwyddo i " + homes.name() + ", a fydd yn cysylltu â chi");
    }

    private void fill(LawfulBasis basis) {
        @SuppressWarnings("unchecked")
        NativeSelect<Partner> partner = find(NativeSelect.class).all().getFirst();
        partner.select(homes);
        radio(Referrals.TYPE_FIELD).setValue(ReferralType.HOUSING);
        find(TextArea.class).withId(Referrals.REASON_FIELD).single().setValue("Damp bedroom");
        radio(Referrals.BASIS_FIELD).setValue(basis);
    }

    private Object consentOption() {
        return fixtures.consentOf(scene);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Object> radio(String id) {
        return find(RadioButtonGroup.class).withId(id).single();
    }

    private void refer() {
        test(find(NativeButton.class).withId("refer-case").single()).click();
    }

    private String section() {
        return find(Div.class).withId("case-referrals").single().getElement().getTextRecursively();
    }
}
