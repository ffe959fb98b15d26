package org.porth.insight.internal;

import java.util.List;
import java.util.Optional;

import org.porth.casework.CaseHistories;
import org.porth.casework.CaseHistory;
import org.porth.identity.SystemTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts a case again from casework's record of it: takes away what was counted before and adds
 * what it counts now. However often, and in whatever order, a case's events arrive, its counts end
 * as its current state says (decision 0053).
 */
@Component
public class Rollups {

    private final CaseHistories histories;
    private final FailureRules failure;
    private final RollupStore store;

    Rollups(CaseHistories histories, FailureRules failure, RollupStore store) {
        this.histories = histories;
        this.failure = failure;
        this.store = store;
    }

    /** Counts the case as it is now. */
    @Transactional
    public void refresh(String reference) {
        Optional<CaseHistory> history = SystemTask.INSIGHT.run(() -> histories.of(reference));
        history.ifPresent(this::count);
    }

    /** Counts the cases that sort after the reference (null: from the first), up to the limit; the last one counted. */
    @Transactional(propagation = Propagation.MANDATORY)
    String countPage(String after, int limit) {
        List<CaseHistory> page = SystemTask.INSIGHT.run(() -> histories.after(after, limit));
        page.forEach(this::count);
        return page.isEmpty() ? null : page.getLast().reference();
    }

    private void count(CaseHistory history) {
        Optional<CaseFact> counted = store.lock(history.reference());
        CaseFact now = CaseFact.of(history, failure.of(history));
        if (counted.filter(now::equals).isPresent()) {
            return;
        }
        counted.ifPresent(before -> store.addDaily(before, -1));
        store.addDaily(now, 1);
        store.write(now);
    }
}
