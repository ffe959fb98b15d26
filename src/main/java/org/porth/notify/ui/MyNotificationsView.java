package org.porth.notify.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.Role;
import org.porth.notify.InPortalNotification;
import org.porth.notify.InPortalNotifications;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/** The resident's notifications, newest first; each unread one, or all at once, can be marked as read. */
@Route("my-notifications")
@PageTitle("my-notifications.title")
@RolesAllowed(Role.RESIDENT_NAME)
class MyNotificationsView extends Div {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final InPortalNotifications notifications;
    private final Language language;
    private final Div list = new Div();

    MyNotificationsView(InPortalNotifications notifications) {
        this.notifications = notifications;
        this.language = Language.of(getLocale());
        H1 heading = new H1(getTranslation("my-notifications.title"));
        heading.addClassName("porth-heading-l");
        list.setId("notifications");
        add(heading, list);
        show();
    }

    private void show() {
        list.removeAll();
        var latest = notifications.latest(InPortalNotifications.MOST);
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("my-notifications.none")));
            return;
        }
        if (notifications.unreadCount() > 1) {
            NativeButton all = new NativeButton(getTranslation("my-notifications.mark-all-read"),
                    click -> read(notifications::markAllRead));
            all.addClassNames("porth-button", "porth-button--secondary");
            all.setId("mark-all-read");
            list.add(all);
        }
        UnorderedList items = new UnorderedList();
        items.addClassName("porth-notifications");
        latest.forEach(notification -> items.add(item(notification)));
        list.add(items);
    }

    private ListItem item(InPortalNotification notification) {
        H2 title = new H2(notification.title());
        title.addClassName("porth-heading-s");
        Paragraph when = new Paragraph(DateText.format(notification.createdAt(), UK, language));
        Paragraph text = body(notification);
        ListItem item = new ListItem(title, when, text);
        item.setId("notification-" + notification.id());
        if (!notification.read()) {
            Span fresh = new Span(getTranslation("my-notifications.new"));
            fresh.addClassName("porth-tag");
            when.add(fresh);
            NativeButton read = new NativeButton(getTranslation("my-notifications.mark-read"),
                    click -> read(() -> notifications.markRead(notification.id())));
            read.addClassNames("porth-button", "porth-button--secondary");
            read.setAriaLabel(getTranslation("my-notifications.mark-read.label", notification.title()));
            item.add(read);
        }
        return item;
    }

    /** The text as written, in normal weight, with its link (the request, the bookings) a link to follow. */
    private static Paragraph body(InPortalNotification notification) {
        Paragraph body = new Paragraph();
        body.addClassName("porth-notifications__text");
        String text = notification.text();
        String link = notification.link();
        int at = link == null || link.isBlank() ? -1 : text.indexOf(link);
        while (at >= 0) {
            body.add(new Text(text.substring(0, at)), new Anchor(link, link));
            text = text.substring(at + link.length());
            at = text.indexOf(link);
        }
        body.add(new Text(text));
        return body;
    }

    /** Marks them read, shows the list as it now is, and tells the header, whose count is not on this page. */
    private void read(Runnable marking) {
        marking.run();
        show();
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new NotificationsRead(ui));
    }
}
