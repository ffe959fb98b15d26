package org.porth.shell;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.porth.shared.Council;

/** The accessibility statement the Public Sector Bodies Accessibility Regulations 2018 require. */
@Route("accessibility")
@PageTitle("accessibility.title")
@AnonymousAllowed
public class AccessibilityView extends ContentPage {

    AccessibilityView(Council council) {
        super("accessibility", council);
    }
}
