package org.porth.apply;

import java.util.List;

import org.porth.catalogue.EligibilityExit;
import org.porth.catalogue.ServiceDefinition;
import org.porth.forms.SummaryRow;

/** The check-your-answers page, or where the resident must go first. */
public sealed interface CheckYourAnswers {

    /** Every answer with a Change link, then the declaration (null when the service has none) and Submit. */
    record Ready(String draftId, ServiceDefinition definition, List<SummaryRow> rows) implements CheckYourAnswers {
    }

    /** A question still needs an answer (or an answer is no longer valid): go to its page. */
    record Incomplete(FormPosition position) implements CheckYourAnswers {
    }

    /** The answers mean the resident cannot use the service. */
    record Stopped(String draftId, String pageId, EligibilityExit exit) implements CheckYourAnswers {
    }
}
