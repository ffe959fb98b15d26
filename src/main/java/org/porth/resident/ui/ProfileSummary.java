package org.porth.resident.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.porth.resident.Profile;
import org.porth.resident.ResidentAddress;

/** The resident's details as a GOV.UK summary list: each with a "Change" link to the page that changes it. */
class ProfileSummary extends DescriptionList {

    ProfileSummary(Profile profile) {
        addClassNames("porth-summary-list", "porth-summary-list--rows");
        Locale locale = getLocale();
        row("my-account.name", List.of(profile.name().full()), NameView.class);
        row("my-account.date-of-birth", profile.dateOfBirth() == null ? List.of()
                : List.of(Dates.text(profile.dateOfBirth(), locale)), DateOfBirthView.class);
        row("my-account.address", addressLines(profile.address()), AddressLookupView.class);
        row("my-account.phone", optional(profile.phone()), PhoneView.class);
        row("my-account.email", optional(profile.email()), EmailView.class);
        row("my-account.contact", ContactChannel.chosenIn(profile.contactPreferences()).stream()
                .map(channel -> getTranslation(channel.labelKey())).toList(), ContactPreferencesView.class);
    }

    private void row(String labelKey, List<String> lines, Class<? extends Component> changePage) {
        String label = getTranslation(labelKey);
        Description value = new Description();
        value.addClassName("porth-summary-list__value");
        if (lines.isEmpty()) {
            value.setText(getTranslation("my-account.not-given"));
        } else {
            lines.forEach(line -> value.add(new Div(line)));
        }
        // "Change" says what it changes to screen readers: "Change phone number"
        Span what = new Span(" " + label.toLowerCase(getLocale()));
        what.addClassName("porth-visually-hidden");
        RouterLink change = new RouterLink(changePage);
        change.add(getTranslation("my-account.change"));
        change.add(what);
        Description actions = new Description(change);
        actions.addClassName("porth-summary-list__actions");
        Div row = new Div(new Term(label), value, actions);
        row.addClassName("porth-summary-list__row");
        add(row);
    }

    private static List<String> addressLines(ResidentAddress address) {
        return address == null ? List.of() : address.lines();
    }

    private static List<String> optional(String value) {
        return Stream.ofNullable(value).toList();
    }
}
