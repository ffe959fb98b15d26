package org.porth.casework.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.porth.shared.ActionRefused;
import org.porth.casework.CaseChangedException;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseWork;
import org.porth.shell.ErrorSummary;
import org.porth.shell.FieldProblems;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The forms of the case view share one way of acting: a refused action keeps what was typed and
 * says why next to the field and in the error summary; if someone else changed the case meanwhile,
 * the case is shown as it is now and nothing is overwritten.
 */
final class CaseForms {

    private final CaseWork work;
    private final CaseView view;
    private final String reference;
    private final FieldProblems problems = new FieldProblems();

    CaseForms(CaseWork work, CaseView view, String reference) {
        this.work = work;
        this.view = view;
        this.reference = reference;
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

    NativeButton button(String label, Supplier<CaseDetails> action) {
        NativeButton button = new NativeButton(label, click -> act(action));
        button.addClassName("porth-button");
        return button;
    }

    private void act(Supplier<CaseDetails> action) {
        problems.clear();
        try {
            view.show(action.get(), notice("case.action.done", "porth-notification--success"));
        } catch (ActionRefused refused) {
            problems.show(refused.field(), view.getTranslation(refused.messageKey()));
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
