package org.porth.integration.partners.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.identity.Role;
import org.porth.integration.partners.Partners;
import org.porth.integration.partners.ReferralType;
import org.porth.resident.ProfileField;
import org.porth.shared.Language;
import org.porth.shell.DateInput;

/** Administrators register a partner organisation, are told what to put right, and see every change audited. */
class PartnerAdminViewTest extends PortalViewTest {

    @BeforeEach
    void anAdministrator() {
        signIn(People.signedIn("Admin " + UUID.randomUUID(), null, Role.ADMIN));
    }

    @Test
    void aPartnerIsRegisteredWithItsAgreementAndTheRegistrationIsAudited() {
        String name = "Porth Homes " + UUID.randomUUID().toString().substring(0, 6);
        navigate("staff/admin/partners/new", PartnerView.class);
        field(Partners.NAME_FIELD).setValue(name);
        field(Partners.CONTACT_FIELD).setValue("Referrals team, referrals@porthhomes.example");
        field(Partners.AGREEMENT_FIELD).setValue("DSA-2026-014");
        DateInput ends = find(DateInput.class).single();
        ends.setText(DateInput.DAY, "31");
        ends.setText(DateInput.MONTH, "3");
        ends.setText(DateInput.YEAR, "2099");
        types().setValue(Set.of(ReferralType.HOUSING));
        fields().setValue(Set.of(ProfileField.NAME, ProfileField.ADDRESS));
        test(find(NativeButton.class).withId("save-partner").single()).click();

        assertThat(pageText()).contains(name, english("partners.webhooks.none"), english("partners.audit.heading"),
                english("partners.audit.REGISTERED"),
                "DSA-2026-014 until 2099-03-31");
        navigate("staff/admin/partners", PartnersView.class);
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("partners").single().getElement()
                .getTextRecursively()).contains(name, "DSA-2026-014", english("partners.in-force"), "Housing");
    }

    @Test
    void whatIsMissingIsSaidNextToItsFieldAndWhatWasTypedStays() {
        navigate("staff/admin/partners/new", PartnerView.class);
        field(Partners.CONTACT_FIELD).setValue("someone@example.org");
        test(find(NativeButton.class).withId("save-partner").single()).click();

        assertThat(field(Partners.NAME_FIELD).isInvalid()).isTrue();
        assertThat(field(Partners.NAME_FIELD).getErrorMessage()).isEqualTo(english("partners.name.required"));
        assertThat(pageText()).contains(english("partners.name.required"));
        assertThat(field(Partners.CONTACT_FIELD).getValue()).isEqualTo("someone@example.org");

        field(Partners.NAME_FIELD).setValue("Voluntary Group");
        field(Partners.AGREEMENT_FIELD).setValue("DSA-1");
        find(DateInput.class).single().setText(DateInput.DAY, "31");
        find(DateInput.class).single().setText(DateInput.MONTH, "2");
        find(DateInput.class).single().setText(DateInput.YEAR, "2099");
        test(find(NativeButton.class).withId("save-partner").single()).click();
        assertThat(pageText()).contains(english("partners.ends.invalid"));
    }

    @Test
    void thePagesAreInWelsh() {
        navigate("staff/admin/partners", PartnersView.class);
        chooseLanguage(Language.WELSH);
        assertThat(pageText()).contains(welsh("partners.title"), welsh("partners.register"));
    }

    private TextField field(String id) {
        return find(TextField.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<ReferralType> types() {
        return find(CheckboxGroup.class).withId(Partners.TYPES_FIELD).single();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<ProfileField> fields() {
        return find(CheckboxGroup.class).withId(Partners.FIELDS_FIELD).single();
    }
}
