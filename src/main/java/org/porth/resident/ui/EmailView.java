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

/** My account: change your email address. */
@Route("my-account/email")
@PageTitle("my-account.email-page.title")
@RolesAllowed(Role.RESIDENT_NAME)
class EmailView extends ProfileEditPage {

    static final String FIELD_ID = "email";

    private final ResidentProfiles profiles;
    private final TextInput email;

    EmailView(ResidentProfiles profiles) {
        this.profiles = profiles;
        email = new TextInput(FIELD_ID, getTranslation("my-account.email-page.title"),
                getTranslation("my-account.email-page.hint"), true)
                .withoutSpellcheck().kind("email", "email");
        email.setValue(profiles.current().email());
        form("my-account.form.save", List.of(email.input()), email);
    }

    @Override
    protected List<Problem> saveIfValid() {
        Optional<Problem> problem = email.problem(message(email.value()));
        if (problem.isPresent()) {
            return List.of(problem.get());
        }
        profiles.update(ProfileChange.NONE.withEmail(email.value()));
        showUpdated(ProfileField.EMAIL);
        return List.of();
    }

    private String message(String value) {
        if (value.isEmpty()) {
            return getTranslation("my-account.email-page.required");
        }
        if (value.length() > ProfileRules.MAX_EMAIL) {
            return getTranslation("my-account.email-page.too-long");
        }
        return ProfileRules.isEmail(value) ? null : getTranslation("my-account.email-page.format");
    }
}
