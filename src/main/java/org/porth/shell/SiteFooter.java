package org.porth.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.porth.identity.CurrentUser;
import org.porth.shared.Council;
import org.porth.shared.Language;

/** The footer: the public pages every visitor can reach, staff sign-in, and the council. */
class SiteFooter extends Footer {

    SiteFooter(CurrentUser currentUser, Council council) {
        addClassName("porth-footer");
        UnorderedList links = new UnorderedList(
                item(new RouterLink(getTranslation("footer.help"), HelpView.class)),
                item(new RouterLink(getTranslation("footer.accessibility"), AccessibilityView.class)),
                item(new RouterLink(getTranslation("footer.privacy"), PrivacyView.class)),
                item(new RouterLink(getTranslation("footer.cookies"), CookiesView.class)),
                // insight owns the page; shell may not depend on it, so the link is by address
                item(new Anchor("open-data", getTranslation("footer.open-data"))));
        if (!currentUser.isSignedIn()) {
            Anchor staffSignIn = new Anchor("/sign-in?as=staff", getTranslation("footer.staff-sign-in"));
            staffSignIn.getElement().setAttribute("router-ignore", true);
            links.add(item(staffSignIn));
        }
        links.addClassName("porth-footer__list");
        Nav nav = new Nav(links);
        nav.setAriaLabel(getTranslation("footer.nav-label"));
        Paragraph owner = new Paragraph(getTranslation("footer.owner", council.nameAfterPreposition(Language.of(getLocale()))));
        Div inner = new Div(nav, owner);
        inner.addClassName("porth-footer__inner");
        add(inner);
    }

    private static ListItem item(Component link) {
        return new ListItem(link);
    }
}
