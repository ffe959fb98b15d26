package org.porth.resident.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import org.porth.resident.ConsentRecord;
import org.porth.shared.Language;

/**
 * "Information you have agreed to share": each consent with what it covers, when it was given,
 * the question as the resident saw it, and a Withdraw button while it stands.
 */
class ConsentList extends Div {

    /**
     * @param withWithdraw whether standing consents get a Withdraw button (not on the page that
     *                     confirms withdrawing one)
     */
    ConsentList(List<ConsentRecord> consents, ZoneId zone, boolean withWithdraw) {
        addClassName("porth-consents");
        if (consents.isEmpty()) {
            add(new Paragraph(getTranslation("my-account.consents.none")));
        }
        consents.forEach(consent -> add(card(consent, zone, withWithdraw)));
    }

    private String title(ConsentRecord consent, Locale locale) {
        String fields = consent.fields().stream().sorted()
                .map(field -> getTranslation("consent.field." + field.key()))
                .collect(Collectors.joining(", "));
        return fields.substring(0, 1).toUpperCase(locale) + fields.substring(1);
    }

    private Div card(ConsentRecord consent, ZoneId zone, boolean withWithdraw) {
        Locale locale = getLocale();
        String titleId = "consent-" + consent.id() + "-title";
        H3 title = new H3(title(consent, locale));
        title.setId(titleId);
        title.addClassName("porth-heading-s");
        Paragraph given = new Paragraph(getTranslation("my-account.consents.given",
                Dates.text(consent.givenAt(), zone, locale)));
        Paragraph question = new Paragraph(getTranslation("my-account.consents.question") + " "
                + consent.wording().in(Language.of(locale)));
        question.addClassName("porth-inset");
        Div card = new Div(title, given, question, new Paragraph(getTranslation("my-account.consents.answer")));
        card.addClassName("porth-consent");
        if (consent.withdrawn()) {
            card.add(new Paragraph(getTranslation("my-account.consents.withdrawn",
                    Dates.text(consent.withdrawnAt(), zone, locale))));
        } else if (withWithdraw) {
            NativeButton withdraw = new NativeButton(getTranslation("my-account.consents.withdraw"),
                    click -> UI.getCurrent().navigate(WithdrawConsentView.class,
                            new RouteParameters(WithdrawConsentView.CONSENT_ID, consent.id().toString())));
            withdraw.addClassNames("porth-button", "porth-button--secondary");
            withdraw.getElement().setAttribute("aria-describedby", titleId);
            card.add(withdraw);
        }
        return card;
    }
}
