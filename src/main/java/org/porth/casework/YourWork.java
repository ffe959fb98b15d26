package org.porth.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.porth.casework.internal.LastLooks;
import org.porth.casework.internal.OwnCases;
import org.porth.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's own work, for their start page: their open cases most urgent first, those at risk
 * or overdue, and what residents wrote since the officer last looked. Taking a new case is
 * {@link Cases#takeNext()}.
 */
@Service
@Transactional(readOnly = true)
public class YourWork {

    /** The most the short lists (late cases, new replies) show; the officer's cases are all in the paged list. */
    public static final int SHORT_LIST = 20;

    private final OwnCases own;
    private final LastLooks lastLooks;
    private final CurrentUser currentUser;
    private final Clock clock;

    YourWork(OwnCases own, LastLooks lastLooks, CurrentUser currentUser, Clock clock) {
        this.own = own;
        this.lastLooks = lastLooks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of the officer's open cases, most urgent (then soonest due) first. */
    @PreAuthorize(Cases.STAFF)
    public List<CaseSummary> cases(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("Offset and limit cannot be negative: " + offset + ", " + limit);
        }
        return limit == 0 ? List.of() : own.page(officer(), offset, limit);
    }

    @PreAuthorize(Cases.STAFF)
    public long count() {
        return own.count(officer());
    }

    /** The officer's open cases at risk or overdue: overdue first, then soonest due. */
    @PreAuthorize(Cases.STAFF)
    public List<CaseSummary> atRiskOrOverdue() {
        return own.late(officer(), SHORT_LIST);
    }

    /**
     * Records that the officer looks at their work now, and says when they last did before (empty
     * the first time): replies after that are new to them.
     */
    @PreAuthorize(Cases.STAFF)
    @Transactional
    public Optional<Instant> lookNow() {
        return lastLooks.lookNow(officer(), clock.instant());
    }

    /** What residents wrote on the officer's open cases after the instant (ever, when null), newest first. */
    @PreAuthorize(Cases.STAFF)
    public List<ResidentReply> repliesSince(Instant since) {
        return own.repliesSince(officer(), since, SHORT_LIST);
    }

    private String officer() {
        return currentUser.get().orElseThrow().id();
    }
}
