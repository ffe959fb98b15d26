package org.porth.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.resident.Somebody.signIn;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.identity.CurrentUser;
import org.porth.resident.internal.ResidentRepository;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signing in makes a resident's record, so that the requests after it only read it. */
@SpringBootTest
class ResidentRecordAtSignInTest {

    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private ResidentRepository residents;
    @Autowired
    private CurrentUser currentUser;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aResidentSigningInForTheFirstTimeHasARecordFromTheirSignIn() {
        Somebody ffion = Somebody.named("Ffion");
        String account = signInAs(ffion.asResident());

        assertThat(residents.findByAccountId(account)).hasValueSatisfying(resident ->
                assertThat(resident.toProfile().email()).isEqualTo(ffion.email));
    }

    @Test
    void aResidentWhoseSignInSaysWelshHasAWelshRecordSoTheirNotificationsAreInWelsh() {
        Somebody ffion = Somebody.named("Ffion");
        String account = signInAs(People.residentReadingWelsh(ffion.name(), ffion.email));

        assertThat(residents.findByAccountId(account)).hasValueSatisfying(resident ->
                assertThat(resident.toProfile().language()).isEqualTo(Language.WELSH));
    }

    @Test
    void anOfficerSigningInGetsNoResidentRecord() {
        String account = signInAs(Somebody.officer());

        assertThat(residents.findByAccountId(account)).isEmpty();
    }

    /** Signs in as the sign-in filter does, and gives the account's id. */
    private String signInAs(Authentication person) {
        signIn(person);
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(person, getClass()));
        return currentUser.get().orElseThrow().id();
    }
}
