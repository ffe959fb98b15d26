package org.porth.casework.internal;

import java.util.Optional;

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
        return readable(reference).orElseThrow(() -> new NoSuchCaseException(reference));
    }

    /** The case, if there is one and the signed-in officer's teams work its queue. */
    public Optional<ServiceCase> readable(String reference) {
        return cases.findByReference(reference).filter(found -> teams.queuesOf(officer()).contains(found.queueId()));
    }
}
