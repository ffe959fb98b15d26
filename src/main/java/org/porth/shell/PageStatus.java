package org.porth.shell;

import java.util.List;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * The first page of a visit answers with the HTTP status of what the browser will show: 404 for an
 * address that is no page, or that names a thing that is not the person's ({@link AddressedThings}),
 * and 403 for a page the signed-in person's role does not allow. Vaadin sends the same page for
 * every address and decides what it shows only once the browser asks; the status is set here, as
 * that page is written, from the same routes and access rules its router goes by. What the browser
 * shows is unchanged: {@link NotFoundView} and {@link ForbiddenView}. (The page is not drawn on the
 * server first, "eager server load": that put text from the address into the first document.)
 */
@Component
class PageStatus implements VaadinServiceInitListener {

    private final AccessAnnotationChecker access = new AccessAnnotationChecker();
    private final List<AddressedThings> things;

    PageStatus(List<AddressedThings> things) {
        this.things = things;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        ApplicationRouteRegistry routes = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest() instanceof VaadinServletRequest request) {
                int status = status(routes, request.getHttpServletRequest());
                if (status != HttpServletResponse.SC_OK) {
                    page.getVaadinResponse().setStatus(status);
                }
            }
        });
    }

    private int status(ApplicationRouteRegistry routes, HttpServletRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        NavigationRouteTarget target = routes.getNavigationRouteTarget(path);
        if (!target.hasTarget()) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        Class<?> view = target.getRouteTarget().getTarget();
        if (!access.hasAccess(view, request)) {
            return request.getUserPrincipal() == null ? HttpServletResponse.SC_OK : HttpServletResponse.SC_FORBIDDEN;
        }
        boolean missing = things.stream().anyMatch(module -> module.isMissing(view, target.getRouteParameters()));
        return missing ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_OK;
    }
}
