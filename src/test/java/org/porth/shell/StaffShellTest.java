package org.porth.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.RouteRegistry;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.browserless.SignedIn;
import org.porth.identity.Role;

/** The back office frame: the officer's header, the side navigation and the staff start page. */
@SignedIn(value = Role.CASEWORKER, name = People.OFFICER_NAME, email = People.OFFICER_EMAIL)
class StaffShellTest extends PortalViewTest {

    @Test
    void caseworkerSeesTheirWork() {
        StaffHomeView view = navigate(StaffHomeView.class);

        assertThat(find(H1.class, view).single().getText()).isEqualTo("Your work");
        assertThat(find(Paragraph.class, view).all()).extracting(Paragraph::getText)
                .contains("Hello, Cara Jones.").doesNotContain(english("staff.home.intro"));
        assertThat(find(Div.class).withId("your-work").exists()).as("casework's section of the page").isTrue();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Your work – Porth County Council");
    }

    @Test
    void staffPagesAreFramedByTheStaffLayoutNotTheResidentsOne() {
        navigate(StaffHomeView.class);

        assertThat(find(StaffLayout.class).exists()).isTrue();
        assertThat(find(ResidentLayout.class).exists()).isFalse();
        assertThat(find(Footer.class).exists()).isFalse();
    }

    /**
     * Vaadin ranks {@code @Layout("/")} and {@code @Layout("/staff")} equally for {@code /staff}, so an
     * automatic layout would depend on the (unordered) order in which the layouts were registered.
     */
    @Test
    void staffHomeNamesItsLayoutRatherThanLeavingItToRegistrationOrder() {
        RouteRegistry registry = UI.getCurrent().getInternals().getRouter().getRegistry();

        assertThat(registry.getRegisteredRoutes())
                .filteredOn(route -> route.getNavigationTarget() == StaffHomeView.class)
                .singleElement()
                .extracting(RouteData::getParentLayouts)
                .isEqualTo(List.of(StaffLayout.class));
    }

    @Test
    void headerSaysWhoIsSignedInAndTheirRole() {
        navigate(StaffHomeView.class);

        assertThat(find(Span.class).withClassName("porth-officer__name").single().getText()).isEqualTo("Cara Jones");
        assertThat(find(Span.class).withClassName("porth-officer__roles").single().getText()).isEqualTo("Caseworker");
        assertThat(find(Span.class).withClassName("porth-header__area").single().getText())
                .isEqualTo(english("staff.area"));
        assertThat(find(NativeButton.class).withText(english("shell.sign-out")).exists()).isTrue();
    }

    @Test
    void sideNavigationListsTheStaffPagesAndMarksTheCurrentOne() {
        navigate(StaffHomeView.class);

        Nav side = find(Nav.class).id(StaffLayout.NAV_ID);
        assertThat(side.getAriaLabel()).contains(english("staff.nav-label"));
        assertThat(find(RouterLink.class, side).all()).extracting(RouterLink::getText)
                .startsWith(english("staff.home.title"));
        RouterLink yourWork = find(RouterLink.class, side).withText(english("staff.home.title")).single();
        assertThat(yourWork.getElement().getAttribute("aria-current")).isEqualTo("page");
        assertThat(find(RouterLink.class, side).all()).filteredOn(link -> link != yourWork)
                .allSatisfy(link -> assertThat(link.getElement().hasAttribute("aria-current")).isFalse());
    }

    @Test
    void officerIsWarnedBeforeAnIdleSessionEnds() {
        navigate(StaffHomeView.class);

        assertThat(find(IdleSessionWarning.class).single().getElement().getTextRecursively())
                .contains(english("idle.title"));
    }

    @Test
    @SignedIn(value = {Role.CASEWORKER, Role.SUPERVISOR}, name = People.OFFICER_NAME)
    void officerWithSeveralRolesSeesThemAll() {
        navigate(StaffHomeView.class);

        assertThat(find(Span.class).withClassName("porth-officer__roles").single().getText())
                .isEqualTo("Caseworker, Supervisor");
    }
}
