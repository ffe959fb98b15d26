package org.porth.resident.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.Role;
import org.porth.resident.ProfileChange;
import org.porth.resident.ProfileField;
import org.porth.resident.ProfileRules;
import org.porth.resident.ResidentProfiles;
import org.porth.shell.ErrorSummary.Problem;
import org.porth.shell.TextInput;

/** My account: change your phone number. */
@Route("my-account/phone")
@PageTitle("my-account.phone-page.title")
@RolesAllowed(Role.RESIDENT_NAME)
class PhoneView extends ProfileEditPage {

    static final String FIELD_ID = "phone";

    private final ResidentProfiles profiles;
    private final TextInput phone;

    PhoneView(ResidentProfiles profiles) {
        this.profiles = profiles;
        phone = new TextInput(FIELD_ID, getTranslation("my-account.phone-page.title"),
                getTranslation("my-account.phone-page.hint"), true)
                .withoutSpellcheck().kind("tel", "tel").width("porth-input--width-20");
        phone.setValue(profiles.current().phone());
        form("my-account.form.save", List.of(phone.input()), phone);
    }

    @Override
    protected List<Problem> saveIfValid() {
        Optional<Problem> problem = phone.problem(phone.value().isEmpty()
                ? getTranslation("my-account.phone-page.required")
                : ProfileRules.isUkPhone(phone.value()) ? null : getTranslation("my-account.phone-page.format"));
        if (problem.isPresent()) {
            return List.of(problem.get());
        }
        profiles.update(ProfileChange.NONE.withPhone(phone.value()));
        showUpdated(ProfileField.PHONE);
        return List.of();
    }
}
