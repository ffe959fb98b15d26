package org.porth.shell;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.CurrentUser;
import org.porth.identity.DemoAccounts;
import org.porth.identity.Role;
import org.porth.identity.SessionTimeouts;
import org.porth.shared.Council;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The back office under {@code /staff}: the officer's header, side navigation that grows as
 * features (queues, cases, bookings, insight, admin) add views with {@code @Menu}, the features'
 * notices for this officer ({@link StaffNotice}), and the page; above the header, the demo
 * accounts' warning while there are any. Its polite live region, there from the page's first load
 * and kept across pages, tells screen readers of changes the officer did not make ({@link #announce}).
 */
@Layout(StaffLayout.PATH)
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class StaffLayout extends PortalLayout {

    static final String PATH = "/staff";
    static final String NAV_ID = "porth-staff-navigation";

    private final StaffHeader header;
    private final List<StaffNotice> featureNotices;
    private final Div announcements = new Div();

    StaffLayout(CurrentUser currentUser, AuthenticationContext authentication, Council council,
            SessionTimeouts timeouts, DemoAccounts demoAccounts, ObjectProvider<StaffNotice> featureNotices) {
        super(council);
        this.featureNotices = featureNotices.orderedStream().toList();
        addClassName("porth-staff");
        header = new StaffHeader(currentUser.get().orElseThrow(), authentication, council, new MenuButton(NAV_ID, this));
        List<RouterLink> links = MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> isStaffPath(entry.path()))
                .map(entry -> new RouterLink(getTranslation(entry.title()), entry.menuClass()))
                .toList();
        Div body = new Div(navigation(NAV_ID, "staff.nav-label", "porth-side-nav", links), main);
        body.addClassName("porth-staff__body");
        add(new SkipLink());
        addDemoAccountsBanner(demoAccounts);
        announcements.setId("live-announcements");
        announcements.addClassName("porth-visually-hidden");
        announcements.getElement().setAttribute("aria-live", "polite");
        add(header, body, announcements, new IdleSessionWarning(timeouts, authentication));
    }

    /** Said to screen readers when they next pause, not interrupting; each text a new one, said even if the same. */
    public void announce(String text) {
        announcements.removeAll();
        announcements.add(new Paragraph(text));
    }

    static boolean isStaffPath(String path) {
        String absolute = path.startsWith("/") ? path : "/" + path;
        return absolute.equals(PATH) || absolute.startsWith(PATH + "/");
    }

    @Override
    protected void pageChanged(String path) {
        header.pageChanged(path);
        notices.removeAll();
        featureNotices.forEach(notice -> notice.create().ifPresent(notices::add));
    }
}
