package org.porth.integration.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.Role;
import org.porth.integration.EventPublications;
import org.porth.integration.PublicationBacklog;
import org.porth.integration.UnconfirmedEvent;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.StaffLayout;

/**
 * Administrators see the integration events the broker has not confirmed: how many wait, which
 * failed and why; and send the failed ones again at once.
 */
@Route(value = "staff/admin/events", layout = StaffLayout.class)
@PageTitle("events-admin.title")
@Menu(order = 13, title = "events-admin.title")
@RolesAllowed(Role.ADMIN_NAME)
class EventPublicationsView extends Div {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int SHOWN = 100;

    private final EventPublications publications;
    private final Language language;
    private final Div notice = new Div();
    private final Div state = new Div();

    EventPublicationsView(EventPublications publications) {
        this.publications = publications;
        this.language = Language.of(getLocale());
        H1 heading = new H1(getTranslation("events-admin.title"));
        heading.addClassName("porth-heading-l");
        notice.setId("events-notice");
        notice.getElement().setAttribute("role", "status");
        state.setId("event-publications");
        add(heading, new Paragraph(getTranslation("events-admin.lead")), notice, state);
        show();
    }

    private void show() {
        state.removeAll();
        PublicationBacklog backlog = publications.backlog();
        state.add(new Paragraph(backlog(backlog)));
        H2 failed = new H2(getTranslation("events-admin.failed.title"));
        failed.addClassName("porth-heading-m");
        state.add(failed);
        var failures = publications.failures(SHOWN);
        if (failures.isEmpty()) {
            state.add(new Paragraph(getTranslation("events-admin.none")));
            return;
        }
        UnorderedList items = new UnorderedList();
        items.addClassName("porth-list");
        failures.forEach(failure -> items.add(item(failure)));
        NativeButton retry = new NativeButton(getTranslation("events-admin.retry"), click -> retry());
        retry.addClassNames("porth-button", "porth-button--secondary");
        retry.setId("retry-events");
        state.add(items, retry);
    }

    private String backlog(PublicationBacklog backlog) {
        if (!backlog.relayed()) {
            return getTranslation("events-admin.no-broker", backlog.waiting());
        }
        if (backlog.waiting() == 0) {
            return getTranslation("events-admin.all-confirmed");
        }
        return getTranslation("events-admin.waiting", backlog.waiting(),
                DateText.format(backlog.oldestRecordedAt(), UK, language));
    }

    private ListItem item(UnconfirmedEvent failure) {
        return new ListItem(new Paragraph(getTranslation("events-admin.item", failure.subject(), failure.type(),
                        DateText.format(failure.recordedAt(), UK, language), failure.attempts())),
                new Paragraph(getTranslation("events-admin.reason", failure.lastError())));
    }

    private void retry() {
        notice.removeAll();
        notice.add(new Paragraph(getTranslation("events-admin.retried", publications.retryNow())));
        show();
    }
}
