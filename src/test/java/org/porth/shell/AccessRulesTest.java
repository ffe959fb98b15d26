package org.porth.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.browserless.SignedIn;
import org.porth.identity.Role;
import org.springframework.security.test.context.support.WithMockUser;

/** Who may open which page: Vaadin's navigation access control with the portal's roles. */
class AccessRulesTest extends PortalViewTest {

    private static final String SIGN_IN = "/sign-in";

    @Test
    void anonymousVisitorAskingForTheirRequestsIsSentToSignIn() {
        UI.getCurrent().navigate("my-requests");

        // the page stays as it was until the browser follows the new location
        assertThat(currentView()).isInstanceOf(StartView.class);
        assertThat(pageLocation()).isEqualTo(SIGN_IN);
        assertThat(storedRedirect()).isEqualTo("my-requests");
    }

    @Test
    void anonymousVisitorAskingForTheStaffAreaIsSentToSignIn() {
        UI.getCurrent().navigate("staff");

        assertThat(currentView()).isInstanceOf(StartView.class);
        assertThat(find(StaffLayout.class).exists()).isFalse();
        assertThat(pageLocation()).isEqualTo(SIGN_IN);
        // the sign-in page reads this to choose the staff sign-in provider
        assertThat(storedRedirect()).isEqualTo("staff");
    }

    @Test
    @SignedIn
    void residentIsToldTheyCannotSeeTheStaffArea() {
        UI.getCurrent().navigate("staff");

        assertThat(currentView()).isInstanceOf(ForbiddenView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("You cannot see this page");
        assertThat(find(StaffLayout.class).exists()).isFalse();
        assertThat(pageText())
                .contains(english("error.forbidden.text"))
                .doesNotContain(english("staff.home.title"), english("staff.home.intro"));
        assertThat(pageLocation()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CASEWORKER", "SUPERVISOR", "ADMIN"})
    void staffAreAdmittedToTheStaffArea(Role role) {
        signIn(People.officer(role));

        StaffHomeView view = navigate(StaffHomeView.class);

        assertThat(find(H1.class, view).single().getText()).isEqualTo(english("staff.home.title"));
        assertThat(find(Span.class).withClassName("porth-officer__roles").single().getText())
                .isEqualTo(english("role." + role.name()));
    }

    @Test
    @WithMockUser(username = "alex", roles = Role.ADMIN_NAME)
    void accessGoesByRoleWhateverTheSignInType() {
        navigate(StaffHomeView.class);

        assertThat(find(Span.class).withClassName("porth-officer__name").single().getText()).isEqualTo("alex");
    }

    @Test
    @SignedIn(Role.CASEWORKER)
    void staffAreNotShownResidentsPages() {
        UI.getCurrent().navigate("my-requests");

        assertThat(currentView()).isInstanceOf(ForbiddenView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo(english("error.forbidden.title"));
    }

    private static Object storedRedirect() {
        return VaadinSession.getCurrent().getSession().getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
    }
}
