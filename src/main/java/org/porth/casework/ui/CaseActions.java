package org.porth.casework.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.porth.shell.FieldProblems;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseStatus;
import org.porth.casework.ContactReason;
import org.porth.casework.CaseWork;
import org.porth.casework.Outcome;

/** What the officer can do next with the case itself, offering only what the case allows now. */
final class CaseActions extends Div {

    CaseActions(CaseWork work, CaseDetails details, CaseForms forms) {
        setId("case-actions");
        String reference = details.summary().reference();
        H2 heading = new H2(getTranslation("case.actions.title"));
        heading.addClassName("porth-heading-m");
        add(heading);
        List<CaseStatus> moves = details.nextStatus().stream()
                .filter(next -> next != CaseStatus.AWAITING_RESIDENT && !next.isOutcome()).sorted().toList();
        if (!moves.isEmpty()) {
            Select<CaseStatus> status = forms.field("status", new Select<>());
            status.setLabel(getTranslation("case.action.status.label"));
            status.setItems(moves);
            status.setItemLabelGenerator(next -> getTranslation("case.status." + next));
            TextArea reason = forms.area("reason", getTranslation("case.action.status.reason"));
            add(FieldProblems.group(status, reason, forms.button(getTranslation("case.action.status.button"), () ->
                    work.changeStatus(reference, details.version(), status.getValue(), reason.getValue()))));
        }
        if (details.nextStatus().contains(CaseStatus.AWAITING_RESIDENT)) {
            TextArea question = forms.area("question", getTranslation("case.action.ask.label"));
            add(FieldProblems.group(question, forms.button(getTranslation("case.action.ask.button"), () ->
                    work.requestInformation(reference, details.version(), question.getValue()))));
        }
        List<Outcome> outcomes = Arrays.stream(Outcome.values())
                .filter(Outcome::officerMayChoose)
                .filter(candidate -> details.nextStatus().contains(candidate.status())).toList();
        if (!outcomes.isEmpty()) {
            Select<Outcome> outcome = forms.field("outcome", new Select<>());
            outcome.setLabel(getTranslation("case.action.end.outcome"));
            outcome.setItems(outcomes);
            outcome.setItemLabelGenerator(chosen -> getTranslation("case.outcome." + chosen));
            TextArea summary = forms.area("summary", getTranslation("case.action.end.summary"));
            add(FieldProblems.group(outcome, summary, forms.button(getTranslation("case.action.end.button"), () ->
                    work.end(reference, details.version(), outcome.getValue(), summary.getValue()))));
        }
        TextArea message = forms.area("message", getTranslation("case.action.message.label"));
        add(FieldProblems.group(message, forms.button(getTranslation("case.action.message.button"),
                () -> work.messageResident(reference, message.getValue()))));
        Select<ContactReason> contact = forms.field("contact-reason", new Select<>());
        contact.setLabel(getTranslation("case.action.contact.reason"));
        contact.setItems(ContactReason.values());
        contact.setItemLabelGenerator(reason -> getTranslation("case.contact.reason." + reason));
        TextArea said = forms.area("contact-note", getTranslation("case.action.contact.note"));
        add(FieldProblems.group(contact, said, forms.button(getTranslation("case.action.contact.button"),
                () -> work.recordContact(reference, contact.getValue(), said.getValue()))));
        TextArea note = forms.area("note", getTranslation("case.action.note.label"));
        add(FieldProblems.group(note, forms.button(getTranslation("case.action.note.button"),
                () -> work.addNote(reference, note.getValue()))));
    }
}
