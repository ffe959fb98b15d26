package org.porth.apply.ui;

import com.vaadin.flow.router.Location;
import org.porth.apply.FormPosition;

/**
 * Addresses within a form. A resident's are under {@code /apply}; an officer filling a form in for
 * a caller works under {@code /staff/apply}, inside the back office.
 */
record FormPaths(String base) {

    static final String RESIDENT_BASE = FormPosition.RESIDENT_BASE;
    static final String STAFF_BASE = "staff/apply";
    /** The resident's list of requests, in the tracking module. */
    static final String MY_REQUESTS = "/my-requests";

    static FormPaths of(Location location) {
        return new FormPaths(location.getPath().startsWith("staff/") ? STAFF_BASE : RESIDENT_BASE);
    }

    String page(String draftId, String pageId) {
        return new FormPosition(draftId, pageId).path(base);
    }

    String change(String draftId, String pageId) {
        return page(draftId, pageId) + "?" + QuestionPageView.CHANGE;
    }

    String check(String draftId) {
        return base + "/draft/" + draftId + "/check";
    }

    String share(String draftId, String pageId) {
        return base + "/draft/" + draftId + "/share/" + pageId;
    }

    String cannotUse(String draftId, String pageId) {
        return base + "/draft/" + draftId + "/cannot-use/" + pageId;
    }

    String sent(String reference) {
        return base + "/sent/" + reference;
    }
}
