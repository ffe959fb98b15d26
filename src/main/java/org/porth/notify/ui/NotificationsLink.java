package org.porth.notify.ui;

import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.notify.InPortalNotifications;
import org.porth.shell.ResidentNavigationItem;

/** The residents' link to their notifications, with how many are unread: for signed-in residents only. */
@org.springframework.stereotype.Component
class NotificationsLink implements ResidentNavigationItem {

    static final String ID = "notifications-link";

    private final InPortalNotifications notifications;
    private final CurrentUser currentUser;

    NotificationsLink(InPortalNotifications notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create() {
        if (currentUser.get().filter(user -> user.has(Role.RESIDENT)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UnreadLink());
    }

    /**
     * A bell, then the words (which carry the count for everyone, the bell being decoration only).
     * The layout outlives the pages within it: the count is read again on every page, and when the
     * resident marks notifications read on this one.
     */
    private final class UnreadLink extends RouterLink implements AfterNavigationObserver {

        private final Span words = new Span();
        private Registration read;

        UnreadLink() {
            setRoute(MyNotificationsView.class);
            setId(ID);
            Span bell = new Span();
            bell.addClassName("porth-bell");
            bell.getElement().setAttribute("aria-hidden", "true");
            add(bell, words);
        }

        @Override
        protected void onAttach(AttachEvent attach) {
            super.onAttach(attach);
            read = ComponentUtil.addListener(attach.getUI(), NotificationsRead.class, event -> count());
        }

        @Override
        protected void onDetach(DetachEvent detach) {
            read.remove();
            super.onDetach(detach);
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            count();
        }

        private void count() {
            long unread = notifications.unreadCount();
            words.setText(unread == 0 ? getTranslation("my-notifications.link")
                    : getTranslation("my-notifications.link.unread", unread));
        }
    }
}
