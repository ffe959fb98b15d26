package org.porth.integration.partners.ui;

import java.time.Clock;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseSection;
import org.porth.integration.partners.Partners;
import org.porth.integration.partners.Referrals;

/** Puts the case's referrals to partner organisations, and the form to make one, on the staff case page. */
@org.springframework.stereotype.Component
class ReferralCaseSection implements CaseSection {

    private final Referrals referrals;
    private final Partners partners;
    private final Clock clock;

    ReferralCaseSection(Referrals referrals, Partners partners, Clock clock) {
        this.referrals = referrals;
        this.partners = partners;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create(CaseDetails details, Runnable reshow) {
        String reference = details.summary().reference();
        return Optional.of(new ReferralSection(referrals.onCase(reference), new ReferralForm(referrals,
                reference, partners.inForce(), referrals.standingConsents(reference), clock.getZone(), reshow),
                clock.getZone()));
    }
}
