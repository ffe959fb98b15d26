package org.porth.shell;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.porth.identity.CurrentUser;
import org.porth.identity.SignedInUser;
import org.porth.shared.Council;
import org.porth.shared.Language;

/**
 * The residents' header: the council, the language link and the main navigation. On a phone the
 * navigation folds behind a Menu button.
 */
class ResidentHeader extends Header {

    static final String NAV_ID = "porth-navigation";

    private final LanguageLink languageLink;
    private final MenuButton menuButton;

    ResidentHeader(PortalLayout layout, CurrentUser currentUser, AuthenticationContext authentication,
            Council council, List<ResidentNavigationItem> featureItems) {
        Language language = Language.of(getLocale());
        languageLink = new LanguageLink(language);
        menuButton = new MenuButton(NAV_ID, this);
        addClassName("porth-header");

        RouterLink brand = new RouterLink(StartView.class);
        brand.add(new Image(council.logo(), ""), new Span(council.name(language)));
        brand.addClassName("porth-header__brand");
        Div tools = new Div(languageLink, menuButton);
        tools.addClassName("porth-header__tools");
        Div bar = new Div(brand, tools);
        bar.addClassName("porth-header__bar");
        add(bar, layout.navigation(NAV_ID, "shell.nav-label", "porth-nav",
                items(currentUser.get().orElse(null), authentication, featureItems)));
    }

    private List<Component> items(SignedInUser user, AuthenticationContext authentication,
            List<ResidentNavigationItem> featureItems) {
        List<Component> items = new ArrayList<>();
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> !StaffLayout.isStaffPath(entry.path()))
                .forEach(entry -> items.add(new RouterLink(getTranslation(entry.title()), entry.menuClass())));
        featureItems.forEach(item -> item.create().ifPresent(items::add));
        if (user != null && user.isStaff()) {
            items.add(new RouterLink(getTranslation("nav.staff-area"), StaffHomeView.class));
        }
        items.add(user == null ? signInLink() : signOutButton(authentication));
        return items;
    }

    private Anchor signInLink() {
        Anchor signIn = new Anchor("/sign-in", getTranslation("shell.sign-in"));
        signIn.getElement().setAttribute("router-ignore", true);
        return signIn;
    }

    private NativeButton signOutButton(AuthenticationContext authentication) {
        NativeButton signOut = new NativeButton(getTranslation("shell.sign-out"), click -> authentication.logout());
        signOut.addClassName("porth-nav__button");
        return signOut;
    }

    void pageChanged(String path) {
        languageLink.pointAt(path);
        menuButton.setOpen(false);
    }
}
