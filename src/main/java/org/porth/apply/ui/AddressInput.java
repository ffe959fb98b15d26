package org.porth.apply.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import org.porth.forms.Answer;
import org.porth.forms.FieldError;
import org.porth.gazetteer.Address;
import org.porth.gazetteer.Gazetteer;
import org.porth.shared.Counted;
import org.porth.shared.Postcode;
import org.porth.shell.Hint;
import org.porth.shell.NativeSelect;

/**
 * An address: find it by postcode in the council's gazetteer (which gives its UPRN and ward), or
 * type it in when it is not listed. Fields: {@code uprn}, or {@code line1}, {@code line2},
 * {@code town}, {@code postcode}.
 */
final class AddressInput extends QuestionInput {

    private final Gazetteer gazetteer;
    private final FieldSet group = new FieldSet();
    private final TextField postcode = new TextField();
    private final NativeSelect<Address> found;
    private final Paragraph notFound = new Paragraph();
    private final Div lookup = new Div();
    private final Div manual = new Div();
    private final Map<String, TextField> lines = new HashMap<>();
    private boolean typing;

    AddressInput(Labels labels, Gazetteer gazetteer) {
        super(labels);
        this.gazetteer = gazetteer;
        String id = labels.question().id();
        group.setId(Ids.of(id));
        group.addClassName("porth-question");
        if (labels.heading() == null) {
            group.setLegendText(labels.label());
        } else {
            group.getElement().setAttribute("aria-labelledby", labels.heading().getId().orElseThrow());
        }
        labels.hint().ifPresent(hint -> group.add(new Hint(null, hint)));

        postcode.setLabel(t("form.address.postcode"));
        postcode.setId(Ids.of(id, "postcode"));
        postcode.setAutocomplete(Autocomplete.POSTAL_CODE);
        postcode.setManualValidation(true);
        postcode.addClassName("porth-input--short");
        NativeButton find = new NativeButton(t("form.address.find"), click -> find());
        find.addClassName("porth-button");
        find.addClassName("porth-button--secondary");
        found = new NativeSelect<>(t("form.address.choose"), Ids.of(id, "uprn"));
        found.setVisible(false);
        notFound.addClassName("porth-hint");
        notFound.setVisible(false);
        lookup.add(postcode, find, notFound, found, switchLink("form.address.type-it", true));

        for (String line : List.of("line1", "line2", "town", "postcode")) {
            TextField box = new TextField(t("form.address." + line));
            box.setId(Ids.of(id, "manual-" + line));
            box.setManualValidation(true);
            box.setAutocomplete(switch (line) {
                case "line1" -> Autocomplete.ADDRESS_LINE1;
                case "line2" -> Autocomplete.ADDRESS_LINE2;
                case "town" -> Autocomplete.ADDRESS_LEVEL2;
                default -> Autocomplete.POSTAL_CODE;
            });
            box.addClassName(line.equals("postcode") ? "porth-input--short" : "porth-input--long");
            lines.put(line, box);
            manual.add(box);
        }
        manual.add(switchLink("form.address.look-up", false));
        group.add(lookup, manual);
        showTyping(false);
    }

    private NativeButton switchLink(String key, boolean toTyping) {
        NativeButton link = new NativeButton(t(key), click -> showTyping(toTyping));
        link.addClassName("porth-link-button");
        return link;
    }

    private void showTyping(boolean typing) {
        this.typing = typing;
        lookup.setVisible(!typing);
        manual.setVisible(typing);
    }

    private void find() {
        Optional<Postcode> parsed = Postcode.parse(postcode.getValue());
        List<Address> addresses = parsed.map(gazetteer::byPostcode).orElse(List.of());
        found.setItems(addresses, Address::uprn, Address::singleLine, t(Counted.key("form.address.found", addresses.size()), addresses.size()));
        found.setVisible(!addresses.isEmpty());
        notFound.setVisible(addresses.isEmpty());
        notFound.setText(parsed.isEmpty() ? t("form.address.not-a-postcode")
                : t("form.address.none-found", parsed.get().value()));
        if (!addresses.isEmpty()) {
            found.focus();
        }
    }

    private String t(String key, Object... params) {
        return group.getTranslation(key, params);
    }

    @Override
    Component component() {
        return group;
    }

    @Override
    Answer read() {
        Map<String, List<String>> fields = new HashMap<>();
        if (typing) {
            lines.forEach((name, box) -> fields.put(name, List.of(box.getValue())));
        } else {
            // a postcode alone is not an address: until one is chosen the question is unanswered
            found.value().ifPresent(address -> fields.put("uprn", List.of(address.uprn())));
        }
        return new Answer(fields);
    }

    @Override
    void show(Answer answer) {
        boolean typed = answer.field("uprn").isEmpty() && answer.field("line1").isPresent();
        showTyping(typed);
        if (typed) {
            lines.forEach((name, box) -> box.setValue(answer.field(name).orElse("")));
            return;
        }
        postcode.setValue(answer.field("postcode").orElse(""));
        answer.field("uprn").flatMap(gazetteer::byUprn).ifPresent(address -> {
            postcode.setValue(address.postcode().value());
            find();
            found.select(address);
        });
    }

    @Override
    void showErrors(List<FieldError> errors) {
        if (typing) {
            lines.forEach((name, box) -> Labels.mark(box, labels.messageFor(errors, name)));
            Labels.mark(lines.get("line1"), labels.messageFor(errors, "line1").or(() -> labels.messageFor(errors, null)));
        } else {
            var message = errors.stream().findFirst().map(error -> error.message().in(labels.language()));
            found.showError(message.filter(m -> found.isVisible()));
            Labels.mark(postcode, message.filter(m -> !found.isVisible()));
        }
    }

    @Override
    String focusTarget(String field) {
        String id = labels.question().id();
        if (typing) {
            return Ids.of(id, "manual-" + (lines.containsKey(field) ? field : "line1"));
        }
        return Ids.of(id, found.isVisible() ? "uprn" : "postcode");
    }
}
