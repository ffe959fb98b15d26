package org.porth.tracking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.porth.shell.FieldProblems;
import org.porth.casework.ResidentCases;

/** The resident no longer needs what they asked for: they withdraw it, saying why. */
final class WithdrawForm extends Div {

    WithdrawForm(ResidentCases cases, String reference, RequestForms forms) {
        setId("withdraw");
        H2 heading = new H2(getTranslation("tracking.withdraw.title"));
        heading.addClassName("porth-heading-m");
        TextArea reason = forms.area("withdraw-reason", getTranslation("tracking.withdraw.reason"));
        add(heading, new Paragraph(getTranslation("tracking.withdraw.hint")), FieldProblems.group(reason),
                forms.button("send-withdraw", getTranslation("tracking.withdraw.send"), "tracking.withdraw.done",
                        () -> cases.withdraw(reference, reason.getValue())));
        addClassName("porth-section");
    }
}
