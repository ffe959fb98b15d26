package org.porth.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.porth.catalogue.Text;

/** The question a resident answers to share a change, in the words the consent records. */
class ConsentWordingTest {

    @Test
    void oneDetailIsNamedInBothLanguages() {
        Text wording = ConsentWording.forFields(Set.of(ProfileField.ADDRESS));

        assertThat(wording.en()).isEqualTo("Do you want us to update your account with your new address,"
                + " and share it with every council service that uses it?");
        assertThat(wording.cy()).isEqualTo("Ydych chi eisiau i ni ddiweddaru eich cyfrif gyda'ch cyfeiriad newydd,"
                + " a'i rannu gyda phob un o wasanaethau'r cyngor sy'n ei ddefnyddio?");
    }

    @Test
    void severalDetailsAreListedInTheProfilesOrder() {
        Text wording = ConsentWording.forFields(Set.of(ProfileField.EMAIL, ProfileField.ADDRESS, ProfileField.PHONE));

        assertThat(wording.en()).isEqualTo("Do you want us to update your account with your new details"
                + " (address, phone number, email address), and share them with every council service that uses them?");
        assertThat(wording.cy()).contains("(cyfeiriad, rhif ffôn, cyfeiriad e-bost)");
    }

    @Test
    void onlyDetailsThatFormsUseAreShared() {
        assertThatThrownBy(() -> ConsentWording.forFields(Set.of(ProfileField.CONTACT_PREFERENCES)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
