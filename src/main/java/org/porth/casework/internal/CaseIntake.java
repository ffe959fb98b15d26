package org.porth.casework.internal;

import org.porth.apply.RequestSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every submitted request becomes a case. The event comes through Spring Modulith's publication
 * registry, so a request submitted just before the process stopped is delivered when it restarts.
 */
@Component
class CaseIntake {

    private final CaseOpening opening;

    CaseIntake(CaseOpening opening) {
        this.opening = opening;
    }

    @ApplicationModuleListener
    void on(RequestSubmitted request) {
        opening.open(request);
    }
}
