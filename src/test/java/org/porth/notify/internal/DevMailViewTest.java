package org.porth.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.identity.Role;
import org.porth.notify.NotificationChannel;
import org.porth.shell.ForbiddenView;
import org.springframework.beans.factory.annotation.Autowired;

/** The mail catcher's page: administrators read the emails the portal would have sent; others cannot open it. */
class DevMailViewTest extends PortalViewTest {

    @Autowired
    private MailCatcher catcher;

    @Test
    void anAdministratorReadsTheCaughtMail() {
        String subject = "We have received your request " + UUID.randomUUID();
        catcher.keep(new Claimed(UUID.randomUUID(), NotificationChannel.EMAIL, "sam.taylor@example.com", "PTH-1",
                subject, "Thank you.", 1), "<id@localhost>");
        signIn(People.officer(Role.ADMIN));

        UI.getCurrent().navigate("staff/dev/mail");

        assertThat(find(Div.class).withId("caught-mail").single().getElement().getTextRecursively())
                .contains(subject, "To sam.taylor@example.com", "Thank you.");
    }

    @Test
    void caseworkersCannotOpenIt() {
        signIn(People.officer(Role.CASEWORKER, Role.SUPERVISOR));

        UI.getCurrent().navigate("staff/dev/mail");

        assertThat(currentView()).isInstanceOf(ForbiddenView.class);
    }
}
