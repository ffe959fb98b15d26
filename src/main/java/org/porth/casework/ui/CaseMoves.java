package org.porth.casework.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.porth.shell.FieldProblems;
import org.porth.casework.CaseCoordination;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseStatus;
import org.porth.catalogue.Text;
import org.porth.identity.StaffNames;
import org.porth.shared.Language;

/** Moving the case: to another queue, to an officer (supervisors), or onto the case it duplicates. */
final class CaseMoves extends Div {

    /** @param officers whom a supervisor may give the case to (by account id) */
    CaseMoves(CaseCoordination coordination, CaseDetails details, CaseForms forms, boolean supervisor,
            List<String> officers, StaffNames names, Language language) {
        setId("case-moves");
        String reference = details.summary().reference();
        H2 heading = new H2(getTranslation("case.moves.title"));
        heading.addClassName("porth-heading-m");
        add(heading);
        Map<String, Text> queues = coordination.queues();
        Select<String> queue = forms.field("queue", new Select<>());
        queue.setLabel(getTranslation("case.moves.queue"));
        queue.setItems(queues.keySet().stream().filter(id -> !id.equals(details.summary().queueId()))
                .sorted((a, b) -> queues.get(a).in(language).compareTo(queues.get(b).in(language))).toList());
        queue.setItemLabelGenerator(id -> queues.get(id).in(language));
        TextArea why = forms.area("reroute-reason", getTranslation("case.moves.reason"));
        add(FieldProblems.group(queue, why, forms.button(getTranslation("case.moves.queue.button"), () ->
                coordination.reroute(reference, details.version(), queue.getValue(), why.getValue()))));
        if (supervisor) {
            Select<String> officer = forms.field("officer", new Select<>());
            officer.setLabel(getTranslation("case.moves.officer"));
            officer.setItems(officers.stream().sorted(Comparator.comparing(names::of)).toList());
            officer.setItemLabelGenerator(names::of);
            add(FieldProblems.group(officer, forms.button(getTranslation("case.moves.officer.button"), () ->
                    coordination.assign(reference, details.version(), officer.getValue()))));
        }
        if (details.nextStatus().contains(CaseStatus.DUPLICATE)) {
            TextField original = forms.field("original", new TextField(getTranslation("case.moves.original")));
            add(FieldProblems.group(original, forms.button(getTranslation("case.moves.original.button"), () ->
                    coordination.markDuplicate(reference, details.version(), original.getValue()))));
        }
    }
}
