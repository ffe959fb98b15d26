package org.porth.casework.internal;

import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * Records every staff read of a case and every change: who, when, what, and from which screen
 * ({@link #CASE_VIEW}, {@link #QUEUE_VIEW}, or a file's address, {@link #FILE_LINK}). On PostgreSQL, Take next writes its entry in its own
 * statement ({@code PostgresCaseClaims}).
 */
@Component
public class AuditLog {

    public static final String CASE_VIEW = "case-view";
    public static final String QUEUE_VIEW = "queue-view";
    /** A file of the case downloaded or previewed at {@code /files/{id}}, from the case view or not. */
    public static final String FILE_LINK = "file-link";
    /** Take next gave the officer the case (written in SQL by PostgresCaseClaims too). */
    static final String TAKEN = "TAKEN";

    private final AuditEntries entries;
    private final Clock clock;

    AuditLog(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public void record(ServiceCase about, String staffId, String action, String screen, String detail) {
        record(about.id(), staffId, action, screen, detail);
    }

    void record(String caseId, String staffId, String action, String screen, String detail) {
        entries.save(new AuditEntry(caseId, clock.instant(), staffId, action, screen, detail));
    }
}
