package org.porth.apply.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.porth.forms.Answer;
import org.porth.forms.FieldError;
import org.porth.gazetteer.Gazetteer;
import org.porth.gazetteer.Street;
import org.porth.shared.Counted;
import org.porth.shell.NativeSelect;

/**
 * Where a problem is: at an address (from the gazetteer), or on a street with a description of
 * the spot ("outside number 12, by the bus stop"). Fields: {@code uprn} and {@code postcode}, or
 * {@code usrn} and {@code description}. Latitude and longitude come only through the API.
 * Streets are suggested as the resident types (any word of the name from its start: "high", "stryd
 * f"), the list updating after a pause in typing and its count said politely to screen readers
 * without moving focus; "Find street" searches at once and moves to the list.
 */
final class LocationInput extends QuestionInput {

    private static final String AT_ADDRESS = "address";
    private static final String ON_STREET = "street";
    /** Suggestions wait for a pause in typing, and for two letters: one finds half the streets. */
    private static final int TYPING_PAUSE_MILLIS = 400;
    private static final int FEWEST_LETTERS_TO_SUGGEST = 2;

    private final Gazetteer gazetteer;
    private final Div frame = new Div();
    private final RadioButtonGroup<String> where = new RadioButtonGroup<>();
    private final AddressInput address;
    private final Div streetPart = new Div();
    private final TextField streetName = new TextField();
    private final NativeSelect<Street> streets;
    private final Paragraph noStreet = new Paragraph();
    private final Paragraph found = new Paragraph();
    private final TextArea description = new TextArea();

    LocationInput(Labels labels, Gazetteer gazetteer) {
        super(labels);
        this.gazetteer = gazetteer;
        String id = labels.question().id();
        frame.setId(Ids.of(id));
        frame.addClassName("porth-question");
        labels.apply(where);
        labels.hint().ifPresent(where::setHelperText);
        where.setId(Ids.of(id, "where"));
        where.setManualValidation(true);
        where.setItems(AT_ADDRESS, ON_STREET);
        where.setItemLabelGenerator(choice -> t("form.location." + choice));
        where.addValueChangeListener(change -> showPart(change.getValue()));

        address = new AddressInput(new Labels(labels.question(), labels.language(), null), gazetteer);
        address.component().getElement().setAttribute("aria-label", t("form.location.address"));

        streetName.setLabel(t("form.location.street-name"));
        streetName.setId(Ids.of(id, "street-name"));
        streetName.setManualValidation(true);
        streetName.setValueChangeMode(ValueChangeMode.TIMEOUT);
        streetName.setValueChangeTimeout(TYPING_PAUSE_MILLIS);
        streetName.addValueChangeListener(typed -> {
            if (typed.isFromClient()) {
                suggestStreets();
            }
        });
        found.setId(Ids.of(id, "streets-found"));
        found.addClassName("porth-visually-hidden");
        found.getElement().setAttribute("role", "status");
        NativeButton find = new NativeButton(t("form.location.find-street"), click -> findStreets());
        find.addClassName("porth-button");
        find.addClassName("porth-button--secondary");
        streets = new NativeSelect<>(t("form.location.choose-street"), Ids.of(id, "usrn"));
        streets.setVisible(false);
        noStreet.addClassName("porth-hint");
        noStreet.setVisible(false);
        description.setLabel(t("form.location.description"));
        description.setHelperText(t("form.location.description-hint"));
        description.setId(Ids.of(id, "description"));
        description.setManualValidation(true);
        streetPart.add(streetName, find, found, noStreet, streets, description);

        frame.add(where, address.component(), streetPart);
        showPart(null);
    }

    private void showPart(String choice) {
        address.component().setVisible(AT_ADDRESS.equals(choice));
        streetPart.setVisible(ON_STREET.equals(choice));
    }

    private void findStreets() {
        if (showStreets()) {
            streets.focus();
        }
    }

    private void suggestStreets() {
        if (streetName.getValue().strip().length() >= FEWEST_LETTERS_TO_SUGGEST) {
            showStreets();
        } else {
            streets.setVisible(false);
            noStreet.setVisible(false);
            found.setText("");
        }
    }

    /** The streets the name finds, in the list; true when there are any. */
    private boolean showStreets() {
        List<Street> matches = gazetteer.streets(streetName.getValue());
        String count = t(Counted.key("form.location.found", matches.size()), matches.size());
        streets.setItems(matches, Street::usrn, street -> street.name() + ", " + street.town(), count);
        streets.setVisible(!matches.isEmpty());
        noStreet.setVisible(matches.isEmpty());
        noStreet.setText(t("form.location.no-street", streetName.getValue()));
        found.setText(matches.isEmpty() ? noStreet.getText() : count);
        return !matches.isEmpty();
    }

    private String t(String key, Object... params) {
        return frame.getTranslation(key, params);
    }

    @Override
    Component component() {
        return frame;
    }

    @Override
    Answer read() {
        if (AT_ADDRESS.equals(where.getValue())) {
            return address.read();
        }
        Map<String, List<String>> fields = new HashMap<>();
        if (ON_STREET.equals(where.getValue())) {
            fields.put("description", List.of(description.getValue()));
            streets.value().ifPresent(street -> fields.put("usrn", List.of(street.usrn())));
        }
        return new Answer(fields);
    }

    @Override
    void show(Answer answer) {
        if (answer.field("usrn").isPresent() || answer.field("description").isPresent()) {
            where.setValue(ON_STREET);
            description.setValue(answer.field("description").orElse(""));
            answer.field("usrn").flatMap(gazetteer::byUsrn).ifPresent(street -> {
                streetName.setValue(street.name());
                findStreets();
                streets.select(street);
            });
        } else if (!answer.isBlank()) {
            where.setValue(AT_ADDRESS);
            address.show(answer);
        }
    }

    @Override
    void showErrors(List<FieldError> errors) {
        if (AT_ADDRESS.equals(where.getValue())) {
            address.showErrors(errors);
            Labels.mark(where, java.util.Optional.empty());
        } else if (ON_STREET.equals(where.getValue())) {
            // no street chosen is an error about the location as a whole: it belongs by the street
            var street = labels.messageFor(errors, "usrn").or(() -> labels.messageFor(errors, null));
            streets.showError(street.filter(m -> streets.isVisible()));
            Labels.mark(streetName, street.filter(m -> !streets.isVisible()));
            Labels.mark(description, labels.messageFor(errors, "description"));
        } else {
            Labels.mark(where, errors.stream().findFirst().map(e -> e.message().in(labels.language())));
        }
    }

    @Override
    String focusTarget(String field) {
        String id = labels.question().id();
        if (AT_ADDRESS.equals(where.getValue())) {
            return address.focusTarget(field);
        }
        if (ON_STREET.equals(where.getValue())) {
            if ("description".equals(field)) {
                return Ids.of(id, "description");
            }
            return Ids.of(id, streets.isVisible() ? "usrn" : "street-name");
        }
        return Ids.of(id, "where");
    }
}
