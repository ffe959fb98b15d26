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

/** My account: change your phone number. */
@Route("my-account/phone")
@PageTitle("my-account.phone-page.title")
@RolesAllowed(Role.RESIDENT_NAME)
class PhoneView extends ProfileEditPage {

    static final String FIELD_ID = "phone";

    private final ResidentProfiles profiles;
    private final TextQuestion phone;

    PhoneView(ResidentProfiles profiles) {
        this.profiles = profiles;
        phone = new TextQuestion(FIELD_ID, getTranslation("my-account.phone-page.title"),
                getTranslation("my-account.phone-page.hint"), true)
                .kind("tel", "tel").width("porth-input--width-20");
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
