package org.porth.casework;

import java.util.List;
import java.util.function.Consumer;

import org.porth.casework.internal.CaseActivityFeed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What happens to cases, as it happens, for the open staff pages: this node's changes as soon as
 * they commit, other nodes' within the feed's poll interval (decision 0030).
 */
@Service
public class CaseChanges {

    private final CaseActivityFeed feed;

    CaseChanges(CaseActivityFeed feed) {
        this.feed = feed;
    }

    /**
     * Tells the listener of every committed change from now on, a change's activities together, on
     * a thread of the feed's own (a page's listener hands them to its UI). End the subscription when
     * the page goes: nothing else does.
     */
    @PreAuthorize(Cases.STAFF)
    public Subscription subscribe(Consumer<List<CaseActivity>> listener) {
        return feed.subscribe(listener);
    }

    /** A listener's place in the feed. */
    public interface Subscription {

        /** The listener hears nothing more. */
        void end();
    }
}
