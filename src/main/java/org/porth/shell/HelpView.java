package org.porth.shell;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.porth.shared.Council;

/** Help, and the other ways to contact the council for anyone who cannot or will not go online. */
@Route("help")
@PageTitle("help.title")
@AnonymousAllowed
public class HelpView extends ContentPage {

    HelpView(Council council) {
        super("help", council);
    }
}
