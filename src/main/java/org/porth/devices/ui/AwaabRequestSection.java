package org.porth.devices.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.porth.casework.ResidentCase;
import org.porth.devices.AwaabStep;
import org.porth.devices.AwaabSteps;
import org.porth.tracking.RequestSection;

/**
 * Shows the tenant, on their own request page, what the council must do about damp and mould in
 * their home and by when (Awaab's Law, decision 0041), and what it has done.
 */
@org.springframework.stereotype.Component
class AwaabRequestSection implements RequestSection {

    static final String ID = "awaab-steps";

    private final AwaabSteps awaab;
    private final Clock clock;

    AwaabRequestSection(AwaabSteps awaab, Clock clock) {
        this.awaab = awaab;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create(ResidentCase request) {
        List<AwaabStep> steps = awaab.forMyRequest(request.summary().reference());
        return steps.isEmpty() ? Optional.empty() : Optional.of(new AwaabStepList(ID, "awaab.tenant.", steps,
                clock.instant(), clock.getZone(), step -> List.of()));
    }
}
