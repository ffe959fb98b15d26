package org.porth.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.dom.Element;

/**
 * The browser's own {@code <select>}: a long list (the addresses at a postcode) that every phone,
 * screen reader and keyboard already knows how to use, with a label, a hint and an error message.
 */
public class NativeSelect<T> extends Div {

    private final Element select = new Element("select");
    private final Hint hint;
    private final ErrorMessage error;
    private final List<T> items = new ArrayList<>();
    private Function<T, String> keys = String::valueOf;
    private String selectedKey = "";

    public NativeSelect(String label, String id) {
        addClassName("porth-select");
        select.setAttribute("id", id);
        select.setAttribute("class", "porth-select__input");
        NativeLabel labelElement = new NativeLabel(label);
        labelElement.setFor(id);
        labelElement.addClassName("porth-label");
        hint = new Hint(id + "-hint", "");
        error = new ErrorMessage(id + "-error");
        select.setAttribute("aria-describedby", hint.getId().orElseThrow());
        select.addEventListener("change", event -> selectedKey = event.getEventData().get("element.value").asString())
                .addEventData("element.value");
        add(labelElement, hint, error);
        getElement().appendChild(select);
    }

    /** @param prompt the first, empty choice, e.g. "25 addresses found" */
    public void setItems(List<T> newItems, Function<T, String> key, Function<T, String> text, String prompt) {
        items.clear();
        items.addAll(newItems);
        keys = key;
        selectedKey = "";
        select.removeAllChildren();
        Element first = new Element("option").setAttribute("value", "").setText(prompt);
        select.appendChild(first);
        for (T item : newItems) {
            select.appendChild(new Element("option").setAttribute("value", key.apply(item)).setText(text.apply(item)));
        }
        select.setProperty("value", "");
        hint.setText(prompt);
    }

    public Optional<T> value() {
        return items.stream().filter(item -> keys.apply(item).equals(selectedKey)).findFirst();
    }

    public void select(T item) {
        selectedKey = keys.apply(item);
        select.setProperty("value", selectedKey);
    }

    public void showError(Optional<String> message) {
        error.show(message.orElse(null));
        setClassName("porth-form-group--error", message.isPresent());
        select.setAttribute("aria-describedby", message.isPresent()
                ? hint.getId().orElseThrow() + " " + error.getId().orElseThrow() : hint.getId().orElseThrow());
        if (message.isPresent()) {
            select.setAttribute("aria-invalid", "true");
        } else {
            select.removeAttribute("aria-invalid");
        }
    }

    public void focus() {
        select.executeJs("this.focus()");
    }
}
