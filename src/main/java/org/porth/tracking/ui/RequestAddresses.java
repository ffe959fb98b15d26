package org.porth.tracking.ui;

import com.vaadin.flow.router.RouteParameters;
import org.porth.casework.NoSuchCaseException;
import org.porth.casework.ResidentCases;
import org.porth.shell.AddressedThings;
import org.springframework.stereotype.Component;

/** A request's page names a request that is not the resident's: its address is "not found" (404). */
@Component
class RequestAddresses implements AddressedThings {

    private final ResidentCases cases;

    RequestAddresses(ResidentCases cases) {
        this.cases = cases;
    }

    @Override
    public boolean isMissing(Class<?> view, RouteParameters address) {
        if (view != RequestView.class) {
            return false;
        }
        try {
            cases.open(address.get("reference").orElseThrow());
            return false;
        } catch (NoSuchCaseException unknown) {
            return true;
        }
    }
}
