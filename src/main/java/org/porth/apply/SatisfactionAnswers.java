package org.porth.apply;

import java.util.List;

import org.porth.apply.internal.SatisfactionAnswerReader;
import org.porth.identity.SystemTask;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Residents' satisfaction answers read back whole for insight's nightly rebuild, by task, with no one signed in. */
@Service
@Transactional(readOnly = true)
public class SatisfactionAnswers {

    private final SatisfactionAnswerReader reader;

    SatisfactionAnswers(SatisfactionAnswerReader reader) {
        this.reader = reader;
    }

    /** Up to {@code limit} answers whose references sort after the one given (null: from the first), as their events said. */
    @PreAuthorize("hasAuthority('" + SystemTask.INSIGHT_AUTHORITY + "')")
    public List<SatisfactionRated> after(String reference, int limit) {
        return reader.after(reference, limit);
    }
}
