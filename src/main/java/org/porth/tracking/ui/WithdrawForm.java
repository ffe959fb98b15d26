package org.porth.tracking.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.porth.shell.FieldProblems;

/**
 * The resident no longer needs what they asked for: they say why, and are asked whether they are
 * sure ({@link WithdrawConfirmation}) before anything is withdrawn.
 */
final class WithdrawForm extends Div {

    private static final String REASON = "withdraw-reason";

    WithdrawForm(RequestForms forms, Consumer<String> confirm) {
        setId("withdraw");
        H2 heading = new H2(getTranslation("tracking.withdraw.title"));
        heading.addClassName("porth-heading-m");
        TextArea reason = forms.area(REASON, getTranslation("tracking.withdraw.reason"));
        NativeButton withdraw = FieldProblems.button(getTranslation("tracking.withdraw.send"), () -> {
            if (reason.getValue().isBlank()) {
                forms.show(REASON, getTranslation("case." + REASON + ".required"));
            } else {
                confirm.accept(reason.getValue());
            }
        });
        withdraw.setId("send-withdraw");
        add(heading, new Paragraph(getTranslation("tracking.withdraw.hint")), FieldProblems.group(reason), withdraw);
        addClassName("porth-section");
    }
}
