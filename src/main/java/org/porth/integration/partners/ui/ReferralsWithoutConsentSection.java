package org.porth.integration.partners.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.integration.partners.Referral;
import org.porth.integration.partners.Referrals;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.StaffHomeSection;

/**
 * On a supervisor's start page: the referrals made without the resident's consent, each with its basis
 * and the officer's justification, for them to check.
 */
@org.springframework.stereotype.Component
class ReferralsWithoutConsentSection implements StaffHomeSection {

    private final Referrals referrals;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReferralsWithoutConsentSection(Referrals referrals, CurrentUser currentUser, Clock clock) {
        this.referrals = referrals;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        if (currentUser.get().filter(user -> user.has(Role.SUPERVISOR)).isEmpty()) {
            return Optional.empty();
        }
        List<Referral> made = referrals.withoutConsent();
        return made.isEmpty() ? Optional.empty() : Optional.of(section(made));
    }

    private Div section(List<Referral> made) {
        Div section = new Div();
        section.setId("referrals-without-consent");
        section.addClassName("porth-section");
        H2 heading = new H2(section.getTranslation("referrals.supervisor.heading"));
        heading.addClassName("porth-heading-m");
        Language language = Language.of(UI.getCurrent().getLocale());
        UnorderedList list = new UnorderedList();
        for (Referral referral : made) {
            Anchor link = new Anchor("staff/cases/" + referral.caseReference(), referral.caseReference());
            list.add(new ListItem(link, new Paragraph(section.getTranslation("referrals.supervisor.entry",
                    referral.partnerName(), section.getTranslation("referrals.basis." + referral.basis()),
                    DateText.format(referral.referredAt(), clock.getZone(), language))),
                    new Paragraph(referral.justification())));
        }
        section.add(heading, new Paragraph(section.getTranslation("referrals.supervisor.intro")), list);
        return section;
    }
}
