package org.porth.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;

/** Sign-in goes to the staff provider for staff pages and staff sign-in, and to the residents' otherwise. */
class SignInControllerTest {

    private static final String RESIDENT = "redirect:/oauth2/authorization/resident";
    private static final String STAFF = "redirect:/oauth2/authorization/staff";
    private static final String SPRING_SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private final SignInController controller = new SignInController(
            new IdentityProperties("resident", "staff", List.of("roles", "groups"), Map.of(), Map.of()));
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sign-in");
    private final MockHttpSession session = new MockHttpSession();

    @Test
    void aVisitorWithNoSessionSignsInAsAResident() {
        assertThat(controller.signIn(null, request)).isEqualTo(RESIDENT);
    }

    @Test
    void staffSignInChoosesTheStaffProvider() {
        assertThat(controller.signIn("staff", request)).isEqualTo(STAFF);
    }

    @Test
    void anyOtherAudienceIsAResident() {
        assertThat(controller.signIn("admin", request)).isEqualTo(RESIDENT);
    }

    @Test
    void aSavedRequestForAStaffPageChoosesTheStaffProvider() {
        saveRequestFor("/staff/cases", "id=42");

        assertThat(controller.signIn(null, request)).isEqualTo(STAFF);
    }

    @Test
    void aSavedRequestForTheStaffHomeChoosesTheStaffProvider() {
        saveRequestFor("/staff", null);

        assertThat(controller.signIn(null, request)).isEqualTo(STAFF);
    }

    @Test
    void aSavedRequestForAResidentPageChoosesTheResidentProvider() {
        saveRequestFor("/my-requests", null);

        assertThat(controller.signIn(null, request)).isEqualTo(RESIDENT);
    }

    @Test
    void aPathThatOnlyStartsWithStaffIsNotAStaffPage() {
        saveRequestFor("/staffing-news", null);

        assertThat(controller.signIn(null, request)).isEqualTo(RESIDENT);
    }

    @Test
    void vaadinsStoredRedirectToAStaffPageChoosesTheStaffProvider() {
        session.setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT, "staff/queues");
        request.setSession(session);

        assertThat(controller.signIn(null, request)).isEqualTo(STAFF);
    }

    @Test
    void vaadinsStoredRedirectToAResidentPageChoosesTheResidentProvider() {
        session.setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT, "my-account");
        request.setSession(session);

        assertThat(controller.signIn(null, request)).isEqualTo(RESIDENT);
    }

    @Test
    void springsSavedRequestComesBeforeVaadinsStoredRedirect() {
        // the order the success handler returns the visitor in afterwards
        saveRequestFor("/my-requests", null);
        session.setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT, "staff");

        assertThat(controller.signIn(null, request)).isEqualTo(RESIDENT);
    }

    private void saveRequestFor(String path, String query) {
        MockHttpServletRequest original = new MockHttpServletRequest("GET", path);
        original.setQueryString(query);
        session.setAttribute(SPRING_SAVED_REQUEST, new DefaultSavedRequest(original));
        request.setSession(session);
    }
}
