package org.porth.casework.internal;

import org.porth.casework.NoSuchCaseException;
import org.porth.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** Staff reach the cases in their teams' queues, and no others. */
@Component
public class CaseAccess {

    private final ServiceCaseRepository cases;
    private final Teams teams;
    private final CurrentUser currentUser;

    CaseAccess(ServiceCaseRepository cases, Teams teams, CurrentUser currentUser) {
        this.cases = cases;
        this.teams = teams;
        this.currentUser = currentUser;
    }

    public String officer() {
        return currentUser.get().orElseThrow().id();
    }

    /** The case, if the signed-in officer's teams work its queue. */
    public ServiceCase staffCase(String reference) {
        return cases.findByReference(reference)
                .filter(found -> teams.queuesOf(officer()).contains(found.queueId()))
                .orElseThrow(() -> new NoSuchCaseException(reference));
    }
}
