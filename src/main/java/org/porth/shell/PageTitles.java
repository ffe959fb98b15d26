package org.porth.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.PageTitle;
import org.porth.shared.Council;
import org.porth.shared.Language;
import org.springframework.util.ClassUtils;

/**
 * Page titles say the page, then the council: "My requests – Porth County Council". A view's
 * {@code @PageTitle} holds the key of its title in the language bundles.
 */
final class PageTitles {

    private PageTitles() {
    }

    static String of(Component layout, Component view, Council council) {
        String councilName = council.name(Language.of(layout.getUI().map(ui -> ui.getLocale()).orElse(null)));
        // a view with @RolesAllowed is a Spring proxy (method security): read its own class
        PageTitle title = view == null ? null : ClassUtils.getUserClass(view).getAnnotation(PageTitle.class);
        return title == null ? councilName : layout.getTranslation(title.value()) + " – " + councilName;
    }
}
