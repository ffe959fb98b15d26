package org.porth.channels.api;

import java.util.ArrayList;
import java.util.List;

import org.porth.channels.api.ApiProblem.FieldProblem;
import org.porth.channels.api.RequestBodies.Contact;
import org.porth.resident.ContactPreferences;
import org.porth.resident.NewResident;
import org.porth.resident.PersonName;
import org.porth.resident.ProfileRules;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The person a request sent for no resident's account is from: their name and email, checked; the
 * request is the resident's whose sign-in verified that email, else a record made for them as an
 * officer makes one for a caller, which their account takes over when they sign in with that verified
 * email (decision 0048). Either way they are told about it as any resident is.
 */
@Component
class ApiContacts {

    private final ResidentProfiles residents;

    ApiContacts(ResidentProfiles residents) {
        this.residents = residents;
    }

    List<FieldProblem> problems(Contact contact) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = contact == null || contact.name() == null ? "" : contact.name().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("contact.name", null, AnswersReader.both("api.contact.name.required")));
        } else if (name.length() > PersonName.MAX_LENGTH) {
            problems.add(new FieldProblem("contact.name", null,
                    AnswersReader.both("api.contact.name.too-long", PersonName.MAX_LENGTH)));
        }
        if (contact == null || contact.email() == null || contact.email().isBlank()) {
            problems.add(new FieldProblem("contact.email", null, AnswersReader.both("api.contact.email.required")));
        } else if (!ProfileRules.isEmail(contact.email().strip())) {
            problems.add(new FieldProblem("contact.email", null, AnswersReader.both("api.contact.email.invalid")));
        }
        return problems;
    }

    /** The contact's record ({@link #problems} found none): theirs if their sign-in verified the email; its id. */
    String record(Contact contact) {
        String email = contact.email().strip();
        return residents.recordForReport(new NewResident(PersonName.fromDisplayName(contact.name()), null, null, null,
                email, Language.of(LocaleContextHolder.getLocale()), ContactPreferences.startingWith(email)))
                .value().toString();
    }
}
