package org.porth.resident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import org.porth.browserless.PortalViewTest;
import org.porth.resident.Profile;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shell.ErrorMessage;
import org.porth.shell.ErrorSummary;
import org.springframework.beans.factory.annotation.Autowired;

/** Changing one detail in My account, as a resident of each test's own who has just signed in. */
abstract class ProfilePageTest extends PortalViewTest {

    @Autowired
    protected ResidentProfiles profiles;

    protected Somebody resident;

    protected void signInAsNewResident() {
        resident = Somebody.named("Ceri");
        signIn(resident.asResident());
    }

    protected Profile profile() {
        return profiles.current();
    }

    protected void type(String inputId, String text) {
        test(find(Input.class).id(inputId)).setValue(text);
    }

    protected String typed(String inputId) {
        return find(Input.class).id(inputId).getValue();
    }

    protected void press(String buttonKey) {
        test(find(NativeButton.class).withText(english(buttonKey)).single()).click();
    }

    /** The error summary's links, in order; empty when it is not shown. */
    protected List<String> errorSummary() {
        ErrorSummary summary = find(ErrorSummary.class).single();
        return summary.isVisible()
                ? find(Anchor.class).from(summary).all().stream().map(Anchor::getText).toList() : List.of();
    }

    /** The message at an answer, as a screen reader reads it ("Error: ..."); null when none is shown. */
    protected String errorAt(String inputId) {
        ErrorMessage error = find(ErrorMessage.class).id(inputId + "-error");
        return error.isVisible() ? error.getElement().getTextRecursively() : null;
    }

    /** After a change My account confirms it; the summary shows the new detail. */
    protected void assertBackOnMyAccountSaying(String message) {
        assertThat(currentView()).isInstanceOf(MyAccountView.class);
        assertThat(find(Paragraph.class).withText(message).single().getElement().getAttribute("role"))
                .isEqualTo("status");
    }
}
