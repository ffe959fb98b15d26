package archfixtures;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Deliberately wrong (and right) classes for the architecture tests' own tests. They live outside
 * {@code org.porth}, so neither Spring nor Vaadin (allowed packages: org.porth) ever picks them up.
 */
public final class Fixtures {

    private Fixtures() {
    }

    @Route("fixture-unprotected")
    public static class UnprotectedView extends Div {
    }

    public static class UnprotectedErrorView extends Div implements HasErrorParameter<NotFoundException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            return 404;
        }
    }

    @Route("fixture-anonymous")
    @AnonymousAllowed
    public static class AnonymousView extends Div {
    }

    @RolesAllowed("CASEWORKER")
    public abstract static class ProtectedBase extends Div {
    }

    @Route("fixture-inherits")
    public static class InheritsAccessView extends ProtectedBase {
    }

    @Service
    public static class PartlyGuardedService {

        @PreAuthorize("isAuthenticated()")
        public void checked() {
        }

        public void open() {
        }
    }

    @Service
    @PreAuthorize("hasRole('ADMIN')")
    public static class ClassGuardedService {

        public void anything() {
        }
    }
}
