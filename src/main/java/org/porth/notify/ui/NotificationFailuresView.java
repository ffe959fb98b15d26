package org.porth.notify.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.Role;
import org.porth.notify.NotificationBacklog;
import org.porth.notify.NotificationFailures;
import org.porth.notify.UndeliveredNotification;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.StaffLayout;

/**
 * Administrators see what waits to be sent ({@link BacklogList}), and the notifications that did
 * not go (failed, or uncertain: a worker stopped while sending them) with the reason, and send one again.
 */
@Route(value = "staff/admin/notifications", layout = StaffLayout.class)
@PageTitle("notify-admin.title")
@Menu(order = 12, title = "notify-admin.title")
@RolesAllowed(Role.ADMIN_NAME)
class NotificationFailuresView extends Div {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final NotificationFailures failures;
    private final NotificationBacklog backlog;
    private final Clock clock;
    private final Language language;
    private final Div notice = new Div();
    private final Div list = new Div();
    private BacklogList waiting;

    NotificationFailuresView(NotificationFailures failures, NotificationBacklog backlog, Clock clock) {
        this.failures = failures;
        this.backlog = backlog;
        this.clock = clock;
        this.language = Language.of(getLocale());
        H1 heading = new H1(getTranslation("notify-admin.title"));
        heading.addClassName("porth-heading-l");
        notice.setId("notification-notice");
        notice.getElement().setAttribute("role", "status");
        list.setId("undelivered");
        H2 failed = new H2(getTranslation("notify-admin.failed.title"));
        failed.addClassName("porth-heading-m");
        waiting = new BacklogList(backlog.waiting(), clock.instant(), language);
        add(heading, new Paragraph(getTranslation("notify-admin.lead")), notice, waiting, failed, list);
        show(failures.undelivered());
    }

    private void show(List<UndeliveredNotification> undelivered) {
        list.removeAll();
        if (undelivered.isEmpty()) {
            list.add(new Paragraph(getTranslation("notify-admin.none")));
            return;
        }
        UnorderedList items = new UnorderedList();
        items.addClassName("porth-list");
        undelivered.forEach(notification -> items.add(item(notification)));
        list.add(items);
    }

    private ListItem item(UndeliveredNotification notification) {
        String what = getTranslation("notify-admin.item", notification.reference(),
                getTranslation("notify-admin.kind." + notification.kind().name()),
                getTranslation("notify-admin.channel." + notification.channel().name()),
                DateText.format(notification.createdAt(), UK, language));
        String state = notification.uncertain() ? getTranslation("notify-admin.uncertain")
                : getTranslation("notify-admin.failed", notification.attempts());
        Paragraph reason = new Paragraph(getTranslation("notify-admin.reason", notification.reason()));
        NativeButton retry = new NativeButton(getTranslation("notify-admin.retry"), click -> retry(notification));
        retry.addClassNames("porth-button", "porth-button--secondary");
        retry.setId("retry-" + notification.id());
        retry.setAriaLabel(getTranslation("notify-admin.retry.label", notification.reference()));
        return new ListItem(new Paragraph(new Span(what), new Span(" " + state)), reason, retry);
    }

    private void retry(UndeliveredNotification notification) {
        notice.removeAll();
        boolean again = failures.retry(notification.id());
        notice.add(new Paragraph(getTranslation(again ? "notify-admin.retried" : "notify-admin.already",
                notification.reference())));
        show(failures.undelivered());
        BacklogList now = new BacklogList(backlog.waiting(), clock.instant(), language);
        replace(waiting, now);
        waiting = now;
    }
}
