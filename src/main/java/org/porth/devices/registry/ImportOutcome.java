package org.porth.devices.registry;

import java.util.List;

/** What a CSV import did: every row registered, or none and each row's problems, by line number. */
public record ImportOutcome(int registered, List<DraftProblem> problems) {

    public ImportOutcome {
        problems = List.copyOf(problems);
    }

    public boolean imported() {
        return problems.isEmpty();
    }
}
