package org.porth.resident.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.RouterLink;
import org.porth.resident.ProfileField;
import org.porth.shell.ErrorSummary;
import org.porth.shell.ErrorSummary.Problem;

/**
 * A My account page that changes one detail (the GOV.UK "one thing per page" pattern): a back
 * link, the error summary, the question and its button. The server checks every answer; on a
 * problem the page stays as it was typed, with the summary focused and each message at its input.
 */
abstract class ProfileEditPage extends Div {

    private final ErrorSummary errorSummary = new ErrorSummary();
    private final Div form = new Div();

    ProfileEditPage() {
        addClassName("porth-width-narrow");
        RouterLink back = new RouterLink(getTranslation("my-account.form.back"), MyAccountView.class);
        back.addClassName("porth-back-link");
        add(back, errorSummary, form);
    }

    /**
     * Lays out the page's questions and its button. Enter in one of the {@code enterSubmits}
     * inputs presses the button, after the browser has sent what was typed.
     */
    protected NativeButton form(String buttonKey, List<? extends Component> enterSubmits, Component... content) {
        NativeButton button = new NativeButton(getTranslation(buttonKey), click -> submit());
        button.addClassName("porth-button");
        if (!enterSubmits.isEmpty()) {
            button.addClickShortcut(Key.ENTER).listenOn(enterSubmits.toArray(Component[]::new))
                    .resetFocusOnActiveElement();
        }
        form.add(content);
        form.add(button);
        return button;
    }

    /**
     * Checks the answers, showing each problem at its answer; with none, saves them and moves on
     * (see {@link #showUpdated}).
     *
     * @return the problems, in the order of the questions on the page
     */
    protected abstract List<Problem> saveIfValid();

    /** Back to My account, which confirms the change. */
    protected void showUpdated(ProfileField field) {
        MyAccountView.showUpdated(field.key());
    }

    private void submit() {
        List<Problem> problems = saveIfValid();
        if (!problems.isEmpty()) {
            errorSummary.show(problems);
        }
    }
}
