package org.porth.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.resident.Somebody.signIn;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The linking rule: a resident whose verified email matches exactly one record an officer made for
 * a caller, with no account yet, takes that record over on their first sign-in. Otherwise they
 * get a record of their own.
 */
@SpringBootTest
class AccountLinkingTest {

    @Autowired
    private ResidentProfiles profiles;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCallerWhoSignsInWithTheVerifiedEmailTheOfficerRecordedGetsThatRecord() {
        Somebody jac = Somebody.named("Jac");
        Profile recorded = recordCaller(jac);

        signIn(jac.asResident());
        Profile mine = profiles.current();

        assertThat(mine.id()).isEqualTo(recorded.id());
        assertThat(mine.hasAccount()).isTrue();
        assertThat(mine.address()).isEqualTo(recorded.address());
    }

    @Test
    void anUnverifiedEmailDoesNotLink() {
        Somebody kit = Somebody.named("Kit");
        Profile recorded = recordCaller(kit);

        signIn(People.residentWithUnverifiedEmail(kit.name(), kit.email));

        assertThat(profiles.current().id()).isNotEqualTo(recorded.id());
    }

    @Test
    void twoRecordsWithTheEmailAreNotAGuessWorthMaking() {
        Somebody lis = Somebody.named("Lis");
        Profile first = recordCaller(lis);
        Profile second = recordCaller(lis);

        signIn(lis.asResident());

        assertThat(profiles.current().id()).isNotIn(first.id(), second.id());
    }

    @Test
    void aRecordThatAlreadyHasAnAccountIsNotTakenOver() {
        Somebody mai = Somebody.named("Mai");
        Profile recorded = recordCaller(mai);
        signIn(mai.asResident());
        profiles.current();

        signIn(People.signedIn(Somebody.named("Other").name(), mai.email, Role.RESIDENT));

        assertThat(profiles.current().id()).isNotEqualTo(recorded.id());
    }

    private Profile recordCaller(Somebody person) {
        signIn(Somebody.officer());
        return profiles.createForCaller(ResidentProfilesTest.caller(person, null));
    }
}
