package org.porth.notify.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.Role;
import org.porth.notify.CaughtMail;
import org.porth.notify.DevMailbox;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.StaffLayout;

/**
 * On a developer's machine (no SMTP server set): the emails the portal would have sent. Not found
 * in {@code prod}, which has no mail catcher.
 */
@Route(value = "staff/dev/mail", layout = StaffLayout.class)
@PageTitle("dev-mail.title")
@RolesAllowed(Role.ADMIN_NAME)
class DevMailView extends Div implements BeforeEnterObserver {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final DevMailbox mailbox;

    DevMailView(DevMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!mailbox.available()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Language language = Language.of(getLocale());
        H1 heading = new H1(getTranslation("dev-mail.title"));
        heading.addClassName("porth-heading-l");
        Div mails = new Div();
        mails.setId("caught-mail");
        add(heading, new Paragraph(getTranslation("dev-mail.lead")), mails);
        if (mailbox.caught().isEmpty()) {
            mails.add(new Paragraph(getTranslation("dev-mail.none")));
        }
        for (CaughtMail mail : mailbox.caught()) {
            H2 subject = new H2(mail.subject());
            subject.addClassName("porth-heading-m");
            mails.add(subject, new Paragraph(getTranslation("dev-mail.sent", mail.to(),
                    DateText.format(mail.at(), UK, language))), new Pre(mail.body()));
        }
    }
}
