package org.porth.tracking.ui;

import com.vaadin.flow.component.Component;
import org.porth.casework.CaseStatus;

/** Where a request stands, in the resident's words rather than the council's. */
final class StatusWords {

    private StatusWords() {
    }

    /** @param status null in the moment before the council has opened its case: "Received" */
    static String of(CaseStatus status, Component page) {
        return page.getTranslation("tracking.status." + (status == null ? CaseStatus.SUBMITTED : status).name());
    }
}
