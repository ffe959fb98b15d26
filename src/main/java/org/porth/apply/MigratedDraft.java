package org.porth.apply;

import java.util.List;
import java.util.Set;

import org.porth.catalogue.Text;
import org.porth.forms.Answers;

/**
 * A draft's answers carried over to the current version of its service.
 *
 * @param answers the answers that still fit, normalised
 * @param toCheck the questions the resident should look at again, in form order, for the notice
 *                "This form has changed since you started. Check these answers: ..."
 * @param removed ids of answered questions the form no longer has (nothing to check; for the record)
 */
public record MigratedDraft(Answers answers, List<Recheck> toCheck, Set<String> removed) {

    public MigratedDraft {
        toCheck = List.copyOf(toCheck);
        removed = Set.copyOf(removed);
    }

    public boolean changed() {
        return !toCheck.isEmpty() || !removed.isEmpty();
    }

    /** A question to look at again, with the page to change it on. */
    public record Recheck(String questionId, String pageId, Text label, Reason reason) {
    }

    public enum Reason {
        /** The answer no longer fits the question (its type or rules changed) and was cleared. */
        CLEARED,
        /** The question's wording, options or rules changed; the answer still fits and was kept. */
        CHANGED
    }
}
