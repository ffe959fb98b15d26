package org.porth.tracking.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import org.porth.casework.ResidentCases;

/**
 * "Are you sure you want to withdraw request PTH-...?" (GOV.UK's confirmation page): what withdrawing
 * does, the reason given, a warning button that withdraws it and "No, go back" to the request, so
 * that one tap never withdraws. A refusal (the request closed meanwhile) is said by the button.
 */
final class WithdrawConfirmation extends Div {

    WithdrawConfirmation(ResidentCases cases, String reference, String reason, RequestForms forms) {
        H1 heading = new H1(getTranslation("fixes.withdraw.title", reference));
        heading.addClassName("porth-heading-l");
        Paragraph yourReason = new Paragraph(getTranslation("fixes.withdraw.reason", reason));
        yourReason.addClassName("porth-inset");
        NativeButton yes = forms.button("confirm-withdraw", getTranslation("fixes.withdraw.confirm"),
                "tracking.withdraw.done", () -> cases.withdraw(reference, reason));
        yes.addClassName("porth-button--warning");
        Div actions = new Div(yes, new Anchor(RequestView.path(reference), getTranslation("fixes.go-back")));
        actions.addClassName("porth-button-group");
        add(forms.summary(), heading, new Paragraph(getTranslation("fixes.withdraw.consequence")), yourReason, actions);
    }
}
