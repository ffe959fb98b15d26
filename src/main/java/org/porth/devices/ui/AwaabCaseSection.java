package org.porth.devices.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseSection;
import org.porth.devices.AwaabStep;
import org.porth.devices.AwaabSteps;
import org.porth.shell.FieldProblems;

/**
 * Puts a damp and mould case's Awaab's Law steps on the staff case page (decision 0041): each with its
 * due date, and a button to record a step done now, which may start the steps that follow it.
 */
@org.springframework.stereotype.Component
class AwaabCaseSection implements CaseSection {

    static final String ID = "case-awaab";

    private final AwaabSteps awaab;
    private final Clock clock;

    AwaabCaseSection(AwaabSteps awaab, Clock clock) {
        this.awaab = awaab;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create(CaseDetails details, Runnable reshow) {
        String reference = details.summary().reference();
        List<AwaabStep> steps = awaab.forCase(reference);
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AwaabStepList(ID, "awaab.staff.", steps, clock.instant(), clock.getZone(),
                step -> step.doneAt() != null ? List.of() : List.of(recordButton(reference, step, reshow))));
    }

    private NativeButton recordButton(String reference, AwaabStep step, Runnable reshow) {
        UI ui = UI.getCurrent();
        NativeButton record = FieldProblems.button(ui.getTranslation("awaab.staff.record",
                ui.getTranslation("awaab.staff.step." + step.step())), () -> {
                    awaab.record(reference, step.step());
                    reshow.run();
                });
        record.setId("awaab-record-" + step.step().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        record.addClassName("porth-button--secondary");
        return record;
    }
}
