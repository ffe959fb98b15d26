package org.porth.apply.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.porth.catalogue.Text;
import org.porth.forms.FieldError;
import org.porth.identity.Role;
import org.porth.resident.ContactPreferences;
import org.porth.resident.NewResident;
import org.porth.resident.PersonName;
import org.porth.resident.Profile;
import org.porth.resident.ProfileRules;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.Counted;
import org.porth.shared.Language;
import org.porth.shared.Translations;
import org.porth.shell.ErrorSummary;
import org.porth.shell.StaffLayout;

/**
 * Assisted digital: an officer helping someone who phoned or visited finds them by name, email,
 * phone or address, or records them if the council does not know them yet, then fills in the same
 * forms residents use online.
 */
@Route(value = "staff/callers", layout = StaffLayout.class)
@PageTitle("callers.title")
@Menu(order = 1, title = "callers.title")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME})
class CallersView extends Div {

    private final ResidentProfiles residents;
    private final TextField query = new TextField();
    private final Div results = new Div();
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final TextField given = field("callers.new.given", "given");
    private final TextField family = field("callers.new.family", "family");
    private final TextField phone = field("callers.new.phone", "phone");
    private final TextField email = field("callers.new.email", "email");

    CallersView(ResidentProfiles residents) {
        this.residents = residents;
        H1 heading = new H1(getTranslation("callers.title"));
        heading.addClassName("porth-heading-l");
        query.setLabel(getTranslation("callers.find.label"));
        query.setHelperText(getTranslation("callers.find.hint"));
        query.setId("caller-query");
        NativeButton find = new NativeButton(getTranslation("callers.find.button"), click -> find());
        find.addClassName("porth-button");
        results.setId("caller-results");
        add(heading, errorSummary, query, find, results, newCaller());
    }

    private void find() {
        results.removeAll();
        List<Profile> found = query.getValue().isBlank() ? List.of() : residents.find(query.getValue());
        if (found.isEmpty()) {
            results.add(new Paragraph(getTranslation("callers.find.none")));
            return;
        }
        H2 count = new H2(getTranslation(Counted.key("callers.find.count", found.size()), found.size()));
        count.addClassName("porth-heading-m");
        results.add(count);
        found.forEach(profile -> results.add(card(profile)));
    }

    private Div card(Profile profile) {
        List<String> details = new ArrayList<>();
        if (profile.address() != null) {
            details.add(String.join(", ", profile.address().line1(), profile.address().town(),
                    profile.address().postcode().value()));
        }
        if (profile.phone() != null) {
            details.add(profile.phone());
        }
        if (profile.email() != null) {
            details.add(profile.email());
        }
        RouterLink choose = new RouterLink(profile.name().full(), CallerView.class,
                new RouteParameters(CallerView.RESIDENT, profile.id().toString()));
        Div card = new Div(choose, new Paragraph(String.join(" · ", details)));
        card.addClassName("porth-card");
        return card;
    }

    private Section newCaller() {
        H2 heading = new H2(getTranslation("callers.new.heading"));
        heading.addClassName("porth-heading-m");
        NativeButton record = new NativeButton(getTranslation("callers.new.button"), click -> record());
        record.addClassName("porth-button");
        record.addClassName("porth-button--secondary");
        return new Section(heading, new Paragraph(getTranslation("callers.new.intro")), given, family, phone, email, record);
    }

    private void record() {
        List<FieldError> errors = new ArrayList<>();
        check(errors, given, !given.getValue().isBlank() && given.getValue().strip().length() <= PersonName.MAX_LENGTH, "callers.error.given");
        check(errors, family, family.getValue().strip().length() <= PersonName.MAX_LENGTH, "callers.error.family");
        check(errors, phone, phone.getValue().isBlank() || ProfileRules.isUkPhone(phone.getValue()), "callers.error.phone");
        check(errors, email, email.getValue().isBlank() || ProfileRules.isEmail(email.getValue()), "callers.error.email");
        Language language = Language.of(getLocale());
        errorSummary.show(SummaryProblems.of(errors, language, (id, field) -> id));
        if (!errors.isEmpty()) {
            return;
        }
        Profile caller = residents.createForCaller(new NewResident(new PersonName(given.getValue(), family.getValue()),
                null, null, phone.getValue(), email.getValue(), language,
                ContactPreferences.startingWith(email.getValue())));
        UI.getCurrent().navigate(CallerView.class, new RouteParameters(CallerView.RESIDENT, caller.id().toString()));
    }

    private void check(List<FieldError> errors, TextField field, boolean valid, String messageKey) {
        Language language = Language.of(getLocale());
        Text message = new Text(Translations.get(Language.ENGLISH, messageKey), Translations.get(Language.WELSH, messageKey));
        field.setInvalid(!valid);
        field.setErrorMessage(valid ? null : message.in(language));
        if (!valid) {
            errors.add(new FieldError(field.getId().orElseThrow(), null, message));
        }
    }

    private TextField field(String labelKey, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId("caller-" + id);
        field.setManualValidation(true);
        field.addClassName("porth-input--long");
        return field;
    }
}
