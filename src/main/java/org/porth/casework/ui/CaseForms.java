package org.porth.casework.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.porth.casework.CaseChangedException;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseWork;
import org.porth.shell.FieldProblems;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The forms of the case view share one way of acting: a refused action keeps what was typed and
 * says why next to the field and in the error summary; if someone else changed the case meanwhile,
 * the case is shown as it is now and nothing is overwritten.
 */
final class CaseForms extends FieldProblems {

    private final CaseWork work;
    private final CaseView view;
    private final String reference;

    CaseForms(CaseWork work, CaseView view, String reference) {
        this.work = work;
        this.view = view;
        this.reference = reference;
    }

    TextArea area(String name, String label) {
        return area(name, label, CaseWork.MAX_TEXT);
    }

    NativeButton button(String label, Supplier<CaseDetails> action) {
        return FieldProblems.button(label, () -> act(action));
    }

    private void act(Supplier<CaseDetails> action) {
        try {
            attempt(null, action).ifPresent(done ->
                    view.show(done, notice("case.action.done", "porth-notification--success")));
        } catch (CaseChangedException | OptimisticLockingFailureException changed) {
            view.show(work.open(reference), notice("case.action.changed", "porth-notification"));
        }
    }

    private Div notice(String key, String style) {
        Div notice = new Div(new Paragraph(view.getTranslation(key)));
        notice.addClassNames("porth-notification", style);
        notice.getElement().setAttribute("role", "status");
        notice.setId("case-notice");
        return notice;
    }
}
