package org.porth.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Staff are known by the name their sign-in gives, recorded as they sign in; only staff look names up. */
@SpringBootTest
class StaffDirectoryTest {

    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private StaffDirectory directory;
    @Autowired
    private CurrentUser currentUser;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOfficerSigningInIsKnownByTheirNameAndARenameFollows() {
        String username = "gwen-" + UUID.randomUUID().toString().substring(0, 8);
        String account = signInAs(People.demoAccount(username, "Gwen Price", Role.CASEWORKER));

        assertThat(account).isEqualTo("staff:" + username);
        assertThat(directory.names(List.of(account)).of(account)).isEqualTo("Gwen Price");

        signInAs(People.demoAccount(username, "Gwen Morgan", Role.CASEWORKER));
        assertThat(directory.names(List.of(account)).withAccount(account)).isEqualTo("Gwen Morgan (" + account + ")");
    }

    @Test
    void aResidentSigningInIsNotInTheStaffDirectory() {
        String resident = signInAs(People.signedIn("Resident " + UUID.randomUUID(), null, Role.RESIDENT));
        SecurityContextHolder.getContext().setAuthentication(People.officer(Role.CASEWORKER));

        assertThat(directory.names(List.of(resident)).byAccount()).isEmpty();
    }

    @Test
    void theDemoStaffHaveNamesBeforeAnyoneSignsInAndAnUnknownAccountShowsItsId() {
        SecurityContextHolder.getContext().setAuthentication(People.officer(Role.ADMIN));

        StaffNames names = directory.names(Arrays.asList("staff:cara", "staff:sunil", "staff:nobody", null));

        assertThat(names.of("staff:cara")).isEqualTo("Cara Jones");
        assertThat(names.of("staff:sunil")).isEqualTo("Sunil Patel");
        assertThat(names.of("staff:nobody")).isEqualTo("staff:nobody");
        assertThat(names.withAccount("staff:nobody")).isEqualTo("staff:nobody");
    }

    @Test
    void aResidentCannotLookStaffUp() {
        SecurityContextHolder.getContext().setAuthentication(People.resident());

        assertThatThrownBy(() -> directory.names(List.of("staff:cara"))).isInstanceOf(AccessDeniedException.class);
    }

    /** Signs in as the sign-in filter does, and gives the account's id. */
    private String signInAs(Authentication person) {
        SecurityContextHolder.getContext().setAuthentication(person);
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(person, getClass()));
        return currentUser.get().orElseThrow().id();
    }
}
