package org.porth.shell;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.porth.shared.Council;

/** How the council uses residents' personal information (UK GDPR articles 13 and 14). */
@Route("privacy")
@PageTitle("privacy.title")
@AnonymousAllowed
public class PrivacyView extends ContentPage {

    PrivacyView(Council council) {
        super("privacy", council);
    }
}
