package org.porth.casework;

import org.porth.casework.internal.ServiceCase;
import org.porth.casework.internal.ServiceCaseRepository;
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

    ResidentCaseAccess(ServiceCaseRepository cases, ResidentProfiles residents) {
        this.cases = cases;
        this.residents = residents;
    }

    String residentId() {
        return residents.current().id().toString();
    }

    ServiceCase residentsCase(String reference) {
        return cases.findByReference(reference).filter(found -> found.residentId().equals(residentId()))
                .orElseThrow(() -> new NoSuchCaseException(reference));
    }
}
