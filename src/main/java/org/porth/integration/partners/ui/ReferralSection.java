package org.porth.integration.partners.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.porth.integration.partners.LawfulBasis;
import org.porth.integration.partners.Referral;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/**
 * The case's referrals, newest first: to whom, why, on what basis (with the officer's justification
 * when it was not the resident's consent, for supervisors to check) and where each stands.
 */
final class ReferralSection extends Div {

    ReferralSection(List<Referral> referrals, ReferralForm form, ZoneId zone) {
        setId("case-referrals");
        addClassName("porth-section");
        H2 heading = new H2(getTranslation("referrals.heading"));
        heading.addClassName("porth-heading-m");
        add(heading);
        if (referrals.isEmpty()) {
            add(new Paragraph(getTranslation("referrals.none")));
        }
        Language language = Language.of(getLocale());
        referrals.forEach(referral -> add(card(referral, zone, language)));
        add(form);
    }

    private Div card(Referral referral, ZoneId zone, Language language) {
        H3 title = new H3(getTranslation("referrals.card.title", referral.partnerName(),
                getTranslation("referrals.type." + referral.type())));
        title.addClassName("porth-heading-s");
        Div card = new Div(title,
                new Paragraph(getTranslation("referrals.card.status", getTranslation("referrals.status." + referral.status()),
                        DateText.format(referral.referredAt(), zone, language))),
                new Paragraph(getTranslation("referrals.card.reason", referral.reason())),
                new Paragraph(getTranslation("referrals.card.basis", getTranslation("referrals.basis." + referral.basis()))));
        if (referral.basis() != LawfulBasis.CONSENT) {
            Paragraph justification = new Paragraph(getTranslation("referrals.card.justification", referral.justification()));
            justification.addClassName("porth-inset");
            card.add(justification);
        }
        if (referral.partnerNote() != null) {
            card.add(new Paragraph(getTranslation("referrals.card.note", referral.partnerNote())));
        }
        card.addClassName("porth-referral");
        return card;
    }
}
