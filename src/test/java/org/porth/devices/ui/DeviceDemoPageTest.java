package org.porth.devices.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.identity.Role;
import org.porth.shared.Language;

/** An administrator finds the demo's start button and whether it is running, in English and Welsh (not pressed: it would fill the shared database). */
class DeviceDemoPageTest extends PortalViewTest {

    @Test
    void theStartButtonAndTheStatusAreThereInEitherLanguage() {
        signIn(People.officer(Role.ADMIN));
        navigate(DeviceDemoView.class);
        assertThat(find(NativeButton.class).withId("start-demo").single().getText()).isEqualTo(english("registry.demo.start"));
        assertThat(pageText()).contains(english("registry.demo.title"));
        assertThat(find(Paragraph.class).withId("demo-status").single().getText()).isNotBlank();

        chooseLanguage(Language.WELSH);
        assertThat(find(NativeButton.class).withId("start-demo").single().getText()).isEqualTo(welsh("registry.demo.start"));
        assertThat(pageText()).contains(welsh("registry.demo.title"));
        assertThat(find(Paragraph.class).withId("demo-status").single().getText()).isNotBlank().doesNotContain("Not running");
    }
}
