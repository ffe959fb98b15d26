package org.porth.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Test only: a page that fails while opening, to show what visitors see when something breaks. */
@Route(FailingTestView.PATH)
@PageTitle("error.server.title")
@AnonymousAllowed
class FailingTestView extends Div implements BeforeEnterObserver {

    static final String PATH = "test-only/failing-page";
    static final String SECRET = "database password was hunter2";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException(SECRET);
    }
}
