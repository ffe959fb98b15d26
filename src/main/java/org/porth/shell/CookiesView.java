package org.porth.shell;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.porth.shared.Council;

/** The cookies the portal sets: only strictly necessary ones. */
@Route("cookies")
@PageTitle("cookies.title")
@AnonymousAllowed
public class CookiesView extends ContentPage {

    CookiesView(Council council) {
        super("cookies", council);
    }
}
