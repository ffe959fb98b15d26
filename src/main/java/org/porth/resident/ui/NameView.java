package org.porth.resident.ui;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.Role;
import org.porth.resident.PersonName;
import org.porth.resident.ProfileChange;
import org.porth.resident.ProfileField;
import org.porth.resident.ResidentProfiles;
import org.porth.shell.ErrorSummary.Problem;
import org.porth.shell.TextInput;

/** My account: change your name. */
@Route("my-account/name")
@PageTitle("my-account.name-page.title")
@RolesAllowed(Role.RESIDENT_NAME)
class NameView extends ProfileEditPage {

    static final String GIVEN_ID = "given-name";
    static final String FAMILY_ID = "family-name";

    private final ResidentProfiles profiles;
    private final TextInput given;
    private final TextInput family;

    NameView(ResidentProfiles profiles) {
        this.profiles = profiles;
        H1 heading = new H1(getTranslation("my-account.name-page.title"));
        heading.addClassName("porth-heading-l");
        given = new TextInput(GIVEN_ID, getTranslation("my-account.name-page.given"), null, false)
                .withoutSpellcheck().kind("text", "given-name");
        family = new TextInput(FAMILY_ID, getTranslation("my-account.name-page.family"),
                getTranslation("my-account.name-page.family-hint"), false)
                .withoutSpellcheck().kind("text", "family-name");
        PersonName name = profiles.current().name();
        given.setValue(name.given());
        family.setValue(name.family());
        form("my-account.form.save", List.of(given.input(), family.input()), heading, given, family);
    }

    @Override
    protected List<Problem> saveIfValid() {
        List<Problem> problems = Stream.of(
                given.problem(given.value().isEmpty() ? getTranslation("my-account.name-page.given-required")
                        : tooLong(given.value(), "my-account.name-page.given-too-long")),
                family.problem(tooLong(family.value(), "my-account.name-page.family-too-long")))
                .flatMap(Optional::stream)
                .toList();
        if (problems.isEmpty()) {
            profiles.update(ProfileChange.NONE.withName(new PersonName(given.value(), family.value())));
            showUpdated(ProfileField.NAME);
        }
        return problems;
    }

    private String tooLong(String value, String key) {
        return value.length() > PersonName.MAX_LENGTH ? getTranslation(key) : null;
    }
}
