package org.porth.resident.ui;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.Role;
import org.porth.resident.ProfileChange;
import org.porth.resident.ProfileField;
import org.porth.resident.ResidentAddress;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.Postcode;
import org.porth.shell.ErrorSummary.Problem;
import org.porth.shell.TextInput;

/** My account, change your address by typing it, for an address the gazetteer does not list. */
@Route("my-account/address/manual")
@PageTitle("my-account.address-page.manual-title")
@RolesAllowed(Role.RESIDENT_NAME)
class AddressManualView extends ProfileEditPage {

    private final ResidentProfiles profiles;
    private final TextInput line1;
    private final TextInput line2;
    private final TextInput town;
    private final TextInput postcode;

    AddressManualView(ResidentProfiles profiles) {
        this.profiles = profiles;
        H1 heading = new H1(getTranslation("my-account.address-page.manual-title"));
        heading.addClassName("porth-heading-l");
        line1 = question("address-line1", "my-account.address-page.line1", "address-line1");
        line2 = question("address-line2", "my-account.address-page.line2", "address-line2");
        town = question("address-town", "my-account.address-page.town", "address-level2").width("porth-input--width-20");
        postcode = question("address-postcode", "my-account.address-page.postcode", "postal-code")
                .width("porth-input--width-10");
        ResidentAddress current = profiles.current().address();
        if (current != null) {
            line1.setValue(current.line1());
            line2.setValue(current.line2());
            town.setValue(current.town());
            postcode.setValue(current.postcode().value());
        }
        form("my-account.form.save", List.of(line1.input(), line2.input(), town.input(), postcode.input()),
                heading, line1, line2, town, postcode);
    }

    @Override
    protected List<Problem> saveIfValid() {
        Optional<Postcode> parsed = Postcode.parse(postcode.value());
        List<Problem> problems = Stream.of(
                line1.problem(line1.value().isEmpty() ? getTranslation("my-account.address-page.line1-required")
                        : tooLong(line1, ResidentAddress.MAX_LINE, "my-account.address-page.line1-too-long")),
                line2.problem(tooLong(line2, ResidentAddress.MAX_LINE, "my-account.address-page.line2-too-long")),
                town.problem(town.value().isEmpty() ? getTranslation("my-account.address-page.town-required")
                        : tooLong(town, ResidentAddress.MAX_TOWN, "my-account.address-page.town-too-long")),
                postcode.problem(postcode.value().isEmpty() ? getTranslation("my-account.address-page.postcode-required")
                        : parsed.isEmpty() ? getTranslation("my-account.address-page.postcode-format") : null))
                .flatMap(Optional::stream)
                .toList();
        if (problems.isEmpty()) {
            profiles.update(ProfileChange.NONE.withAddress(
                    ResidentAddress.manual(line1.value(), line2.value(), town.value(), parsed.orElseThrow())));
            showUpdated(ProfileField.ADDRESS);
        }
        return problems;
    }

    private TextInput question(String id, String labelKey, String autocomplete) {
        return new TextInput(id, getTranslation(labelKey), null, false).withoutSpellcheck().kind("text", autocomplete);
    }

    private String tooLong(TextInput question, int max, String key) {
        return question.value().length() > max ? getTranslation(key) : null;
    }
}
