package org.porth.browserless;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.identity.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;

/** The test sign-ins look like the portal's own, and none outlives its test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInIsolationTest extends PortalViewTest {

    @Autowired
    private CurrentUser currentUser;

    @Test
    @Order(1)
    @SignedIn(value = {Role.CASEWORKER, Role.SUPERVISOR}, name = People.OFFICER_NAME, email = People.OFFICER_EMAIL)
    void signedInOfficerIsSeenAsTheOidcSignInWouldShowThem() {
        SignedInUser officer = currentUser.get().orElseThrow();

        assertThat(officer.id()).isEqualTo("staff:staff-cara.jones");
        assertThat(officer.name()).isEqualTo(People.OFFICER_NAME);
        assertThat(officer.email()).isEqualTo(People.OFFICER_EMAIL);
        assertThat(officer.roles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.SUPERVISOR);
    }

    @Test
    @Order(2)
    void signingInPartWayThroughATest() {
        signIn(People.resident());

        assertThat(currentUser.get()).map(SignedInUser::id).hasValue("resident:resident-sam.taylor");
    }

    @Test
    @Order(3)
    void theNextTestStartsSignedOut() {
        assertThat(currentUser.isSignedIn()).isFalse();
    }
}
