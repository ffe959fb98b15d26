package org.porth.shell;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A signed-in person opened a page their role does not allow: say so plainly, reveal nothing. */
@PageTitle("error.forbidden.title")
@ParentLayout(ResidentLayout.class)
@AnonymousAllowed
public class ForbiddenView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    ForbiddenView() {
        super("error.forbidden.title");
        add(new Paragraph(getTranslation("error.forbidden.text")));
        addWayBack();
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
