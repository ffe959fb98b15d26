package org.porth.casework;

import java.util.Optional;
import java.util.function.Predicate;

import org.porth.casework.internal.ServiceCase;
import org.porth.casework.internal.ServiceCaseRepository;
import org.porth.identity.ApiClientPrincipal;
import org.porth.identity.CurrentUser;
import org.porth.resident.ResidentProfiles;
import org.springframework.stereotype.Component;

/**
 * A resident reaches their own cases and no others: another resident's reference, or one that does
 * not exist, is the same {@link NoSuchCaseException}, so the answer never tells that a case exists.
 */
@Component
class ResidentCaseAccess {

    private final ServiceCaseRepository cases;
    private final ResidentProfiles residents;
    private final CurrentUser currentUser;

    ResidentCaseAccess(ServiceCaseRepository cases, ResidentProfiles residents, CurrentUser currentUser) {
        this.cases = cases;
        this.residents = residents;
        this.currentUser = currentUser;
    }

    String residentId() {
        return residents.current().id().toString();
    }

    /**
     * The case if the caller may reach it as its resident: the resident signed in, or an app they let
     * act for them; or, for an API client acting for nobody, a case from a request that client sent.
     */
    ServiceCase residentsCase(String reference) {
        Optional<ApiClientPrincipal> client = currentUser.apiClient().filter(caller -> caller.residentId().isEmpty());
        Predicate<ServiceCase> reachable = client.isPresent()
                ? found -> client.get().clientId().equals(found.apiClientId())
                : found -> found.residentId().equals(residentId());
        return cases.findByReference(reference).filter(reachable).orElseThrow(() -> new NoSuchCaseException(reference));
    }
}
