package org.porth.casework.internal;

import org.porth.apply.RequestSubmitted;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every submitted request becomes a case. The event comes through Spring Modulith's publication
 * registry, so a request submitted just before the process stopped is delivered when it restarts.
 * <p>
 * An API client's request has its case opened in its own transaction ({@code CaseReceipts}), so here
 * it is found and nothing more is done, without a transaction. Should the same request be delivered
 * twice at once (a resubmitted publication), the loser's insert breaks the unique reference, and that
 * is success, not a failed publication to retry. So this listener has no transaction of its own
 * (unlike {@code @ApplicationModuleListener}): the opening's transaction is the one rolled back.
 */
@Component
class CaseIntake {

    private final CaseOpening opening;
    private final ServiceCaseRepository cases;

    CaseIntake(CaseOpening opening, ServiceCaseRepository cases) {
        this.opening = opening;
        this.cases = cases;
    }

    @Async
    @TransactionalEventListener
    void on(RequestSubmitted request) {
        if (cases.existsByRequestId(request.requestId())) {
            return;
        }
        try {
            opening.open(request);
        } catch (DataIntegrityViolationException openedMeanwhile) {
            if (!cases.existsByRequestId(request.requestId())) {
                throw openedMeanwhile;
            }
        }
    }
}
