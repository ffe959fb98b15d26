package org.porth.resident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.gazetteer.Address;
import org.porth.gazetteer.Gazetteer;
import org.porth.resident.ResidentAddress;
import org.springframework.test.context.bean.override.convention.TestBean;

/** Changing the address: found by postcode in the gazetteer, or typed in when it is not listed. */
class AddressPagesTest extends ProfilePageTest {

    @TestBean
    private Gazetteer gazetteer;

    static Gazetteer gazetteer() {
        return new FakeGazetteer();
    }

    @BeforeEach
    void signInFirst() {
        signInAsNewResident();
    }

    @Test
    void aPostcodeIsNeededAndMustBeOne() {
        navigate(AddressLookupView.class);

        press("my-account.address-page.find");
        assertThat(errorSummary()).containsExactly("Enter your postcode");

        type(AddressLookupView.FIELD_ID, "PT1 2A");
        press("my-account.address-page.find");
        assertThat(errorSummary()).containsExactly("Enter a full UK postcode, like PT1 2AB");
        assertThat(typed(AddressLookupView.FIELD_ID)).isEqualTo("PT1 2A");
    }

    @Test
    void anythingElseTypedIsAnsweredAsNoPostcodeAndKept() {
        navigate(AddressLookupView.class);

        for (String typed : List.of("' OR 1=1 --", "%", "PT1\\1AA", "PT1 1AA\u0000", "Tŷ 😀", "a".repeat(20_000))) {
            type(AddressLookupView.FIELD_ID, typed);
            press("my-account.address-page.find");
            assertThat(errorSummary()).containsExactly("Enter a full UK postcode, like PT1 2AB");
            assertThat(typed(AddressLookupView.FIELD_ID)).isEqualTo(typed);
        }
    }

    @Test
    void aPostcodeWithNoAddressesSaysSoAndOffersToTypeTheAddress() {
        navigate(AddressLookupView.class);
        type(AddressLookupView.FIELD_ID, "pt9 9zz");

        press("my-account.address-page.find");

        assertThat(errorSummary()).containsExactly(
                "We could not find an address for PT9 9ZZ. Check the postcode or enter the address manually.");
        assertThat(find(RouterLink.class).withText("Enter the address manually").exists()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theResidentPicksTheirAddressFromTheGazetteer() {
        navigate(AddressLookupView.class);
        type(AddressLookupView.FIELD_ID, "pt12ab");
        press("my-account.address-page.find");

        assertThat(currentView()).isInstanceOf(AddressSelectView.class);
        RadioButtonGroup<Address> addresses = find(RadioButtonGroup.class).id(AddressSelectView.FIELD_ID);
        assertThat(addresses.getLabel()).isEqualTo("Addresses in PT1 2AB");
        press("my-account.form.save");
        assertThat(errorSummary()).containsExactly("Select your address");
        assertThat(addresses.isInvalid()).isTrue();

        test(addresses).selectItem("Flat 2, 14 Heol y Castell, Porth, PT1 2AB");
        press("my-account.form.save");

        assertBackOnMyAccountSaying("We have updated your address.");
        assertThat(profile().address()).isEqualTo(ResidentAddress.from(FakeGazetteer.FLAT));
        assertThat(profile().address().ward()).isEqualTo("Castell");
        assertThat(ProfileRows.of(currentView()))
                .contains("Address: Flat 2, 14 Heol y Castell, Porth, PT1 2AB (Change address)");
    }

    @Test
    void theSelectPageWithoutAKnownPostcodeGoesBackToTheSearch() {
        UI.getCurrent().navigate("my-account/address/select", QueryParameters.of(AddressSelectView.POSTCODE, "PT9 9ZZ"));

        assertThat(currentView()).isInstanceOf(AddressLookupView.class);
    }

    @Test
    void aTypedAddressNeedsItsFirstLineTownAndARealPostcode() {
        navigate(AddressManualView.class);
        type("address-line2", "Tŷ Gwyn");

        press("my-account.form.save");

        assertThat(errorSummary()).containsExactly("Enter address line 1, typically the building and street",
                "Enter town or city", "Enter your postcode");
        assertThat(typed("address-line2")).isEqualTo("Tŷ Gwyn");

        type("address-line1", "1 Lôn Las");
        type("address-town", "Porth");
        type("address-postcode", "not a postcode");
        press("my-account.form.save");
        assertThat(errorSummary()).containsExactly("Enter a full UK postcode, like PT1 2AB");

        type("address-postcode", "pt3 1ef");
        press("my-account.form.save");

        assertBackOnMyAccountSaying("We have updated your address.");
        assertThat(profile().address().singleLine()).isEqualTo("1 Lôn Las, Tŷ Gwyn, Porth, PT3 1EF");
        assertThat(profile().address().uprn()).isNull();
    }
}
