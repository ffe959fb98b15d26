package org.porth.casework.ui;

import com.vaadin.flow.component.html.Div;
import org.porth.casework.CaseDetails;
import org.porth.shared.Language;

/** At the top of the case, before anything else: its queue, when it is due, and its status. */
final class CaseGlance extends Div {

    /** @param due the service-level clock in words, as the case's facts say it */
    CaseGlance(CaseDetails details, String due, Language language) {
        setId("case-glance");
        addClassName("porth-case__glance");
        add(new SummaryList()
                .row(getTranslation("case.queue"), details.queueName().in(language))
                .row(getTranslation("case.due"), due)
                .row(getTranslation("case.status"), getTranslation("case.status." + details.summary().status())));
    }
}
