package org.porth.identity.localidp;

import org.porth.identity.localidp.PublicAddressCheck.DemoAccountsOnPublicAddressException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly why Porth refused to start with demo accounts on a public address, and the ways on. */
class DemoAccountsFailureAnalyzer extends AbstractFailureAnalyzer<DemoAccountsOnPublicAddressException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoAccountsOnPublicAddressException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "For a council's portal, run with --spring.profiles.active=prod,postgres and real sign-in providers"
                        + " (see README, Real sign-in providers): the prod profile has no embedded provider and no demo"
                        + " accounts. On a developer's machine, use http://localhost. Only for a public demonstration"
                        + " where anyone may sign in as any demo account, administrator included, set "
                        + PublicAddressCheck.OVERRIDE + "=true.",
                cause);
    }
}
