package org.porth.devices.registry;

import java.util.List;

import org.porth.devices.NewDevice;

/** A draft checked: the device to register, or what is wrong with it (every problem, not only the first). */
public record CheckedDraft(NewDevice device, List<DraftProblem> problems) {

    public CheckedDraft {
        problems = List.copyOf(problems);
    }

    public boolean fine() {
        return problems.isEmpty();
    }
}
