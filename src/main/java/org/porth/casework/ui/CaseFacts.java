package org.porth.casework.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.html.Div;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseSummary;
import org.porth.identity.StaffNames;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/** Where the case stands: status, queue and why, priority, ward, who has it, and its service-level clock. */
final class CaseFacts extends Div {

    CaseFacts(CaseDetails details, StaffNames names, ZoneId zone, Language language) {
        CaseSummary summary = details.summary();
        String routing = summary.routedByRule() == null ? getTranslation("case.routed.default")
                : getTranslation("case.routed.rule", summary.routedByRule());
        String submitted = getTranslation("case.submitted.by", DateText.format(summary.submittedAt(), zone, language),
                channel(details))
                + (details.enteredBy() == null ? "" : " " + getTranslation("case.entered-by", names.of(details.enteredBy())));
        add(new SummaryList()
                .row(getTranslation("case.status"), getTranslation("case.status." + summary.status()))
                .row(getTranslation("case.queue"), java.util.List.of(details.queueName().in(language), routing))
                .row(getTranslation("case.priority"), getTranslation("case.priority." + summary.priority()))
                .row(getTranslation("case.ward"), summary.ward() == null ? getTranslation("case.ward.none") : summary.ward())
                .row(getTranslation("case.assigned"), summary.assignedTo() == null
                        ? getTranslation("case.assigned.nobody") : names.of(summary.assignedTo()))
                .row(getTranslation("case.submitted"), submitted)
                .row(getTranslation("case.due"), clock(details, zone, language))
                .row(getTranslation("case.flags"), details.flags().isEmpty() ? getTranslation("case.flags.none")
                        : String.join(", ", details.flags().stream().map(flag -> flag.in(language)).toList())));
        setId("case-facts");
    }

    /** How the request came; for the API, which client sent it. */
    private String channel(CaseDetails details) {
        return details.apiClient() == null ? getTranslation("case.channel." + details.channel())
                : getTranslation("case.channel.api-client", details.apiClient());
    }

    String clock(CaseDetails details, ZoneId zone, Language language) {
        String due = DateText.format(details.summary().dueAt(), zone, language);
        if (details.pausedAt() != null) {
            return getTranslation("case.due.paused", due);
        }
        // a reopened case keeps its last outcome, but its clock runs again
        if (!details.summary().status().isOpen()) {
            return getTranslation("case.due.finished", due);
        }
        return getTranslation("case.due.sla." + details.summary().slaState(), due);
    }
}
