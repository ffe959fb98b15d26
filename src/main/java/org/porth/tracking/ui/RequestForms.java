package org.porth.tracking.ui;

import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextArea;
import org.porth.casework.CaseWork;
import org.porth.casework.ResidentCase;
import org.porth.shell.FieldProblems;

/**
 * The forms of the request page act one way: a refused action keeps everything typed and says why
 * next to the field and in the error summary at the top; a done action shows the request as it is now.
 */
final class RequestForms extends FieldProblems {

    private final RequestView view;

    RequestForms(RequestView view) {
        this.view = view;
    }

    TextArea area(String name, String label) {
        return area(name, label, CaseWork.MAX_TEXT);
    }

    /** A refusal about the whole form (no field) points at its button. */
    NativeButton button(String id, String label, String doneKey, Supplier<ResidentCase> action) {
        return button(id, label, action, done -> doneKey);
    }

    /** @param doneKey the notice to show, chosen by how the request stands after the action */
    NativeButton button(String id, String label, Supplier<ResidentCase> action, Function<ResidentCase, String> doneKey) {
        NativeButton button = FieldProblems.button(label,
                () -> attempt(id, action).ifPresent(done -> view.show(done, doneKey.apply(done))));
        button.setId(id);
        return button;
    }
}
