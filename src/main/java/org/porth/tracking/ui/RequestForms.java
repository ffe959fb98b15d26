package org.porth.tracking.ui;

import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextArea;
import org.porth.shared.ActionRefused;
import org.porth.casework.CaseWork;
import org.porth.casework.ResidentCase;
import org.porth.shell.ErrorSummary;
import org.porth.shell.FieldProblems;

/**
 * The forms of the request page act one way: a refused action keeps everything typed and says why
 * next to the field and in the error summary at the top; a done action shows the request as it is now.
 */
final class RequestForms {

    private final RequestView view;
    private final FieldProblems problems = new FieldProblems();

    RequestForms(RequestView view) {
        this.view = view;
    }

    ErrorSummary errorSummary() {
        return problems.summary();
    }

    /** A field a refusal can point at; its id is the field's name. */
    <T extends Component & HasValidation> T field(String name, T input) {
        return problems.field(name, input);
    }

    TextArea area(String name, String label) {
        TextArea area = field(name, new TextArea(label));
        area.setMaxLength(CaseWork.MAX_TEXT);
        area.setWidthFull();
        return area;
    }

    /** A refusal about the whole form (no field) points at its button. */
    NativeButton button(String id, String label, String doneKey, Supplier<ResidentCase> action) {
        return button(id, label, action, done -> doneKey);
    }

    /** @param doneKey the notice to show, chosen by how the request stands after the action */
    NativeButton button(String id, String label, Supplier<ResidentCase> action, Function<ResidentCase, String> doneKey) {
        NativeButton button = new NativeButton(label, click -> act(id, doneKey, action));
        button.setId(id);
        button.addClassName("porth-button");
        return button;
    }

    /** Shows a problem found before asking the council, e.g. a file the resident must remove. */
    void refuse(String field, String message) {
        problems.show(field, message);
    }

    private void act(String buttonId, Function<ResidentCase, String> doneKey, Supplier<ResidentCase> action) {
        problems.clear();
        try {
            ResidentCase done = action.get();
            view.show(done, doneKey.apply(done));
        } catch (ActionRefused refused) {
            String field = refused.field() != null && problems.has(refused.field()) ? refused.field() : buttonId;
            refuse(field, view.getTranslation(refused.messageKey()));
        }
    }
}
