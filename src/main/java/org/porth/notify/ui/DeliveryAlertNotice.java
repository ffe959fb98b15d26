package org.porth.notify.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.notify.NotificationBacklog;
import org.porth.notify.NotificationChannel;
import org.porth.notify.WaitText;
import org.porth.shared.Language;
import org.porth.shell.NotificationBanner;
import org.porth.shell.StaffNotice;

/**
 * At the top of every staff page, for administrators while an alert is raised: notifications by a
 * channel have waited too long to be sent, with the way to what waits. It needs no mail to reach them.
 */
@org.springframework.stereotype.Component
class DeliveryAlertNotice implements StaffNotice {

    static final String ID = "delivery-alert";

    private final NotificationBacklog backlog;
    private final CurrentUser currentUser;

    DeliveryAlertNotice(NotificationBacklog backlog, CurrentUser currentUser) {
        this.backlog = backlog;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create() {
        if (currentUser.get().filter(user -> user.has(Role.ADMIN)).isEmpty()) {
            return Optional.empty();
        }
        Map<NotificationChannel, ?> alerts = backlog.alerts();
        if (alerts.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Language language = Language.of(ui.getLocale());
        String after = WaitText.of(backlog.alertAfter(), language);
        List<Component> content = new ArrayList<>();
        alerts.keySet().forEach(channel -> content.add(new Paragraph(ui.getTranslation("notify-admin.banner",
                ui.getTranslation("notify-admin.channel." + channel.name()), after))));
        content.add(new Paragraph(new RouterLink(ui.getTranslation("notify-admin.banner.link"),
                NotificationFailuresView.class)));
        return Optional.of(new NotificationBanner(ID, content.toArray(Component[]::new)));
    }
}
