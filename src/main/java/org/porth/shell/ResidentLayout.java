package org.porth.shell;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.porth.identity.CurrentUser;
import org.porth.identity.DemoAccounts;
import org.porth.identity.SessionTimeouts;
import org.porth.shared.Council;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The residents' frame around every page outside {@code /staff}: skip link, header with the
 * council and navigation, the page, the footer, and the idle-session warning when signed in; above
 * the header, the demo accounts' warning while there are any.
 */
@Layout
@AnonymousAllowed
public class ResidentLayout extends PortalLayout {

    private final ResidentHeader header;

    ResidentLayout(CurrentUser currentUser, AuthenticationContext authentication, Council council,
            SessionTimeouts timeouts, ObjectProvider<ResidentNavigationItem> featureItems, DemoAccounts demoAccounts) {
        super(council);
        header = new ResidentHeader(this, currentUser, authentication, council, featureItems.orderedStream().toList());
        add(new SkipLink());
        addDemoAccountsBanner(demoAccounts);
        add(header, main, new SiteFooter(currentUser, council));
        if (currentUser.isSignedIn()) {
            add(new IdleSessionWarning(timeouts, authentication));
        }
    }

    @Override
    protected void pageChanged(String path) {
        header.pageChanged(path);
    }
}
