package org.porth.shell;

import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.porth.identity.SignedInUser;
import org.porth.shared.Council;
import org.porth.shared.Language;

/** The back office header: the council, the signed-in officer and their roles, language, sign-out. */
class StaffHeader extends Header {

    private final LanguageLink languageLink;
    private final MenuButton menuButton;

    StaffHeader(SignedInUser officer, AuthenticationContext authentication, Council council, MenuButton menuButton) {
        Language language = Language.of(getLocale());
        this.languageLink = new LanguageLink(language);
        this.menuButton = menuButton;
        addClassName("porth-header");
        addClassName("porth-header--staff");

        RouterLink brand = new RouterLink(StaffHomeView.class);
        Span area = new Span(getTranslation("staff.area"));
        area.addClassName("porth-header__area");
        brand.add(new Span(council.name(language)), area);
        brand.addClassName("porth-header__brand");

        Span name = new Span(officer.name());
        name.addClassName("porth-officer__name");
        // in the Role enum's order: the roles arrive as a set whose order changes between start-ups
        Span roles = new Span(officer.roles().stream()
                .sorted()
                .map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", ")));
        roles.addClassName("porth-officer__roles");
        Span signedInAs = new Span(getTranslation("staff.signed-in-as"));
        signedInAs.addClassName("porth-visually-hidden");
        Div who = new Div(signedInAs, name, roles);
        who.addClassName("porth-officer");

        NativeButton signOut = new NativeButton(getTranslation("shell.sign-out"), click -> authentication.logout());
        signOut.addClassName("porth-header__link");
        Div tools = new Div(languageLink, signOut, menuButton);
        tools.addClassName("porth-header__tools");
        Div bar = new Div(brand, who, tools);
        bar.addClassName("porth-header__bar");
        add(bar);
    }

    void pageChanged(String path) {
        languageLink.pointAt(path);
        menuButton.setOpen(false);
    }
}
