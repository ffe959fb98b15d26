package org.porth.resident.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.Role;
import org.porth.resident.Profile;
import org.porth.resident.ProfileChange;
import org.porth.resident.ProfileField;
import org.porth.resident.ResidentProfiles;
import org.porth.shell.ErrorSummary.Problem;

/** My account: how the council may contact you (email, text message, post). */
@Route("my-account/contact-preferences")
@PageTitle("my-account.contact-page.title")
@RolesAllowed(Role.RESIDENT_NAME)
class ContactPreferencesView extends ProfileEditPage {

    static final String FIELD_ID = "contact-preferences";
    private static final String HEADING_ID = "contact-preferences-heading";

    private final ResidentProfiles profiles;
    private final Profile profile;
    private final CheckboxGroup<ContactChannel> channels = new CheckboxGroup<>();

    ContactPreferencesView(ResidentProfiles profiles) {
        this.profiles = profiles;
        this.profile = profiles.current();
        H1 heading = new H1(getTranslation("my-account.contact-page.title"));
        heading.setId(HEADING_ID);
        heading.addClassName("porth-heading-l");
        channels.setId(FIELD_ID);
        channels.setAriaLabelledBy(HEADING_ID);
        channels.setHelperText(getTranslation("my-account.contact-page.hint"));
        channels.setItems(ContactChannel.values());
        channels.setItemLabelGenerator(channel -> getTranslation(channel.labelKey()));
        channels.setValue(ContactChannel.chosenIn(profile.contactPreferences()));
        form("my-account.form.save", List.of(), heading, channels);
    }

    @Override
    protected List<Problem> saveIfValid() {
        Set<ContactChannel> chosen = channels.getValue();
        String problem = chosen.isEmpty() ? getTranslation("my-account.contact-page.none")
                : chosen.stream().sorted().filter(channel -> !channel.possibleFor(profile)).findFirst()
                        .map(channel -> getTranslation(channel.missingKey())).orElse(null);
        channels.setInvalid(problem != null);
        channels.setErrorMessage(problem);
        if (problem != null) {
            return List.of(new Problem(FIELD_ID, problem));
        }
        profiles.update(ProfileChange.NONE.withContactPreferences(ContactChannel.preferences(chosen)));
        showUpdated(ProfileField.CONTACT_PREFERENCES);
        return List.of();
    }
}
