package org.porth.casework.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.porth.casework.CaseActionRefused;
import org.porth.casework.CaseChangedException;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseWork;
import org.porth.casework.Outcome;
import org.porth.shell.ErrorSummary;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * What the officer can do next, offering only what the case allows now. A refused action keeps
 * what was typed and says why next to the field and in the error summary; if someone else changed
 * the case meanwhile, the case is shown as it is now and nothing is overwritten.
 */
final class CaseActions extends Div {

    private final CaseWork work;
    private final CaseDetails details;
    private final CaseView view;
    private final ErrorSummary errors = new ErrorSummary();
    private final Select<CaseStatus> status = new Select<>();
    private final TextArea reason = area("reason", "case.action.status.reason");
    private final TextArea note = area("note", "case.action.note.label");
    private final TextArea question = area("question", "case.action.ask.label");
    private final Select<Outcome> outcome = new Select<>();
    private final TextArea summary = area("summary", "case.action.end.summary");
    private final Map<String, HasValidation> fields = Map.of("status", status, "reason", reason, "note", note,
            "question", question, "outcome", outcome, "summary", summary);

    CaseActions(CaseWork work, CaseDetails details, CaseView view) {
        this.work = work;
        this.details = details;
        this.view = view;
        setId("case-actions");
        H2 heading = new H2(getTranslation("case.actions.title"));
        heading.addClassName("porth-heading-m");
        add(errors, heading);
        List<CaseStatus> moves = details.nextStatus().stream()
                .filter(next -> next != CaseStatus.AWAITING_RESIDENT && !next.isOutcome()).sorted().toList();
        if (!moves.isEmpty()) {
            status.setId("status");
            status.setLabel(getTranslation("case.action.status.label"));
            status.setItems(moves);
            status.setItemLabelGenerator(next -> getTranslation("case.status." + next));
            add(group(status, reason, button("case.action.status.button", () ->
                    work.changeStatus(reference(), details.version(), status.getValue(), reason.getValue()))));
        }
        if (details.nextStatus().contains(CaseStatus.AWAITING_RESIDENT)) {
            add(group(question, button("case.action.ask.button", () ->
                    work.requestInformation(reference(), details.version(), question.getValue()))));
        }
        List<Outcome> outcomes = Arrays.stream(Outcome.values())
                .filter(candidate -> details.nextStatus().contains(candidate.status())).toList();
        if (!outcomes.isEmpty()) {
            outcome.setId("outcome");
            outcome.setLabel(getTranslation("case.action.end.outcome"));
            outcome.setItems(outcomes);
            outcome.setItemLabelGenerator(chosen -> getTranslation("case.outcome." + chosen));
            add(group(outcome, summary, button("case.action.end.button", () ->
                    work.end(reference(), details.version(), outcome.getValue(), summary.getValue()))));
        }
        add(group(note, button("case.action.note.button", () -> work.addNote(reference(), note.getValue()))));
    }

    private String reference() {
        return details.summary().reference();
    }

    private NativeButton button(String key, Supplier<CaseDetails> action) {
        NativeButton button = new NativeButton(getTranslation(key), click -> act(action));
        button.addClassName("porth-button");
        return button;
    }

    private void act(Supplier<CaseDetails> action) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            view.show(action.get(), notice("case.action.done", "porth-notification--success"));
        } catch (CaseActionRefused refused) {
            HasValidation field = fields.get(refused.field());
            String message = getTranslation(refused.messageKey());
            field.setErrorMessage(message);
            field.setInvalid(true);
            errors.show(List.of(new ErrorSummary.Problem(refused.field(), message)));
        } catch (CaseChangedException | OptimisticLockingFailureException changed) {
            view.show(work.open(reference()), notice("case.action.changed", "porth-notification"));
        }
    }

    private Div notice(String key, String style) {
        Div notice = new Div(new Paragraph(getTranslation(key)));
        notice.addClassNames("porth-notification", style);
        notice.getElement().setAttribute("role", "status");
        notice.setId("case-notice");
        return notice;
    }

    private Div group(com.vaadin.flow.component.Component... parts) {
        Div group = new Div(parts);
        group.addClassName("porth-form-group");
        return group;
    }

    private TextArea area(String id, String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(CaseWork.MAX_TEXT);
        area.setWidthFull();
        return area;
    }
}
