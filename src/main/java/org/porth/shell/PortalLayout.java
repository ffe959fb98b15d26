package org.porth.shell;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import org.porth.identity.DemoAccounts;
import org.porth.shared.Council;

/**
 * What the residents' and the staff frames share: the main landmark the page goes in, the page
 * title, navigation lists that mark the current page, focus moved to each new page's heading, and
 * the apology for an action that failed on the server ({@link ServiceProblems}).
 */
abstract class PortalLayout extends Div implements RouterLayout, HasDynamicTitle, AfterNavigationObserver {

    protected final Main main = new Main();
    /** Notices at the top of every page of the frame, above the page itself. */
    protected final Div notices = new Div();
    private final ServiceProblem problem = new ServiceProblem();
    private final Council council;
    private final List<RouterLink> links = new ArrayList<>();
    private Component view;
    private boolean navigatedBefore;

    PortalLayout(Council council) {
        this.council = council;
        addClassName("porth-page");
        main.setId(Landmarks.MAIN_ID);
        main.addClassName("porth-main");
        main.getElement().setAttribute("tabindex", "-1");
    }

    /** The demo accounts' warning, while demo accounts exist: after the skip link, before the header. */
    protected void addDemoAccountsBanner(DemoAccounts demoAccounts) {
        if (demoAccounts.exist()) {
            add(new DemoAccountsBanner());
        }
    }

    /** Called after every navigation with the new page's path (no leading slash). */
    protected abstract void pageChanged(String path);

    /** A navigation list whose links are marked with {@code aria-current} on their page. */
    protected Nav navigation(String id, String labelKey, String className, List<? extends Component> items) {
        UnorderedList list = new UnorderedList();
        list.addClassName(className + "__list");
        items.forEach(item -> {
            if (item instanceof RouterLink link) {
                links.add(link);
            }
            ListItem listItem = new ListItem(item);
            listItem.addClassName(className + "__item");
            list.add(listItem);
        });
        Nav nav = new Nav(list);
        nav.setId(id);
        nav.addClassName(className);
        nav.setAriaLabel(getTranslation(labelKey));
        return nav;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        main.getElement().appendChild(notices.getElement(), problem.getElement(), content.getElement());
        view = content instanceof Component component ? component : null;
    }

    /** Something the visitor did on this page failed on the server: say so above the page, which stays as it is. */
    void showServiceProblem(String logReference) {
        problem.show(logReference);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, view, council);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        links.forEach(link -> {
            if (link.getHref().equals(path)) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
        pageChanged(path);
        problem.hide(); // a new page, or the same one with other parameters: the last action's problem is past
        if (navigatedBefore) {
            Landmarks.focusHeading(main);
        }
        navigatedBefore = true;
    }
}
