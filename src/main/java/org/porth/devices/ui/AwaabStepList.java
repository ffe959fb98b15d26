package org.porth.devices.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.porth.devices.AwaabStep;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/**
 * The Awaab's Law steps of a damp and mould case as a list: each step, when it is due (or was done),
 * and whether it is overdue; what else a row carries (the officer's button) comes from the caller.
 * The same list for staff and the tenant, in their words ({@code prefix} picks the key set).
 */
final class AwaabStepList extends Div {

    AwaabStepList(String id, String prefix, List<AwaabStep> steps, Instant now, ZoneId zone,
            Function<AwaabStep, List<Component>> extras) {
        setId(id);
        addClassName("porth-section");
        Language language = Language.of(getLocale());
        H2 heading = new H2(getTranslation(prefix + "heading"));
        heading.addClassName("porth-heading-m");
        DescriptionList list = new DescriptionList();
        list.addClassName("porth-summary-list");
        for (AwaabStep step : steps) {
            DescriptionList.Description state = new DescriptionList.Description(new Paragraph(state(step, now, zone, language)));
            extras.apply(step).forEach(state::add);
            list.add(new DescriptionList.Term(getTranslation(prefix + "step." + step.step())), state);
        }
        add(heading, new Paragraph(getTranslation(prefix + "intro")), list);
    }

    private String state(AwaabStep step, Instant now, ZoneId zone, Language language) {
        if (step.doneAt() != null) {
            return getTranslation("awaab.state.done", DateText.format(step.doneAt(), zone, language));
        }
        String due = DateText.format(step.dueAt(), zone, language);
        return step.overdue(now) ? getTranslation("awaab.state.overdue", due) : getTranslation("awaab.state.due", due);
    }
}
