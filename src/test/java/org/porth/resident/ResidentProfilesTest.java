package org.porth.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shared.Postcode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** A resident's own profile, and the records officers find and create for callers. */
@SpringBootTest
class ResidentProfilesTest {

    private static final ResidentAddress HOME = ResidentAddress.manual("14 Heol y Castell", "", "Porth",
            new Postcode("PT1 2AB"));

    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aResidentsFirstVisitMakesTheirProfileFromTheirSignIn() {
        Somebody sam = Somebody.named("Sam");
        signIn(sam.asResident());

        Profile profile = profiles.current();

        assertThat(profile.name()).isEqualTo(new PersonName("Sam", sam.family));
        assertThat(profile.email()).isEqualTo(sam.email);
        assertThat(profile.hasAccount()).isTrue();
        assertThat(profile.contactPreferences()).isEqualTo(ContactPreferences.DEFAULT);
        assertThat(profile.dateOfBirth()).isNull();
        assertThat(profiles.current().id()).as("the same record next time").isEqualTo(profile.id());
    }

    @Test
    void aResidentSeesTheirOwnProfileButNeverAnotherResidents() {
        Somebody ann = Somebody.named("Ann");
        Somebody bob = Somebody.named("Bob");
        signIn(ann.asResident());
        ResidentId annsId = profiles.current().id();
        signIn(bob.asResident());
        ResidentId bobsId = profiles.current().id();

        assertThat(profiles.profile(bobsId)).map(Profile::email).hasValue(bob.email);
        assertThatThrownBy(() -> profiles.profile(annsId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.find(ann.family)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffSeeAnyResidentsProfile() {
        Somebody ann = Somebody.named("Ann");
        signIn(ann.asResident());
        ResidentId annsId = profiles.current().id();

        signIn(People.officer(Role.SUPERVISOR));

        assertThat(profiles.profile(annsId)).map(Profile::name).hasValue(new PersonName("Ann", ann.family));
    }

    @Test
    void aResidentUpdatesTheirOwnDetails() {
        Somebody cai = Somebody.named("Cai");
        signIn(cai.asResident());
        profiles.current();

        Profile updated = profiles.update(ProfileChange.NONE.withPhone("07700 900 982").withAddress(HOME)
                .withDateOfBirth(LocalDate.of(1985, 3, 12)));

        assertThat(updated.phone()).isEqualTo("07700 900 982");
        assertThat(updated.address().singleLine()).isEqualTo("14 Heol y Castell, Porth, PT1 2AB");
        assertThat(updated.dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(profiles.current()).isEqualTo(updated);
    }

    @Test
    void theProfileRefusesADateOfBirthInTheFutureAndContactWithoutItsDetail() {
        signIn(Somebody.named("Dai").asResident());
        profiles.current();

        assertThatThrownBy(() -> profiles.update(ProfileChange.NONE.withDateOfBirth(LocalDate.now().plusDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> profiles.update(ProfileChange.NONE
                .withContactPreferences(new ContactPreferences(true, true, false))))
                .as("text messages without a phone number").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProfileChange.NONE.withPhone("12345")).isInstanceOf(IllegalArgumentException.class);
        assertThat(profiles.current().contactPreferences()).isEqualTo(ContactPreferences.DEFAULT);
    }

    @Test
    void anOfficerRecordsACallerAndTheRecordNotesTheOfficer() {
        signIn(Somebody.officer());

        Profile caller = profiles.createForCaller(caller(Somebody.named("Elin"), "01632 960 001"));

        assertThat(caller.hasAccount()).isFalse();
        assertThat(caller.language()).isEqualTo(Language.WELSH);
        assertThat(jdbc.queryForMap("select created_by, created_by_officer, account_id from resident where id = ?",
                caller.id().value()))
                .containsEntry("created_by", "OFFICER")
                .containsEntry("created_by_officer", "staff:staff-cara.jones")
                .containsEntry("account_id", null);
    }

    @Test
    void aResidentCannotCreateCallerRecords() {
        signIn(Somebody.named("Fflur").asResident());

        assertThatThrownBy(() -> profiles.createForCaller(caller(Somebody.named("Gwen"), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void officersFindCallersByAnyPartOfTheirNameEmailPhoneOrAddressInAnyCase() {
        Somebody huw = Somebody.named("Huw");
        signIn(Somebody.officer());
        ResidentId id = profiles.createForCaller(caller(huw, "07700 900 982")).id();

        assertThat(profiles.find(huw.family.toUpperCase())).extracting(Profile::id).containsExactly(id);
        assertThat(profiles.find("huw " + huw.family.substring(3))).extracting(Profile::id).containsExactly(id);
        assertThat(profiles.find(huw.email.substring(0, 12))).extracting(Profile::id).contains(id);
        assertThat(profiles.find(huw.family + " 07700900982")).extracting(Profile::id).containsExactly(id);
        assertThat(profiles.find(huw.family + " (07700) 900-982")).extracting(Profile::id).containsExactly(id);
        assertThat(profiles.find(huw.family + " pt1 2ab")).extracting(Profile::id).containsExactly(id);
        assertThat(profiles.find(huw.family + " heol y castell")).extracting(Profile::id).containsExactly(id);
        assertThat(profiles.find(huw.family + " PT9")).isEmpty();
        assertThat(profiles.find("  ")).isEmpty();
    }

    @Test
    void aSearchReturnsAtMostTheLimit() {
        String shared = Somebody.named("Many").family;
        signIn(Somebody.officer());
        for (int i = 0; i <= ResidentProfiles.FIND_LIMIT; i++) {
            profiles.createForCaller(new NewResident(new PersonName("Person" + i, shared), null, null, null, null,
                    Language.ENGLISH, new ContactPreferences(false, false, false)));
        }

        assertThat(profiles.find(shared)).hasSize(ResidentProfiles.FIND_LIMIT);
    }

    static NewResident caller(Somebody person, String phone) {
        return new NewResident(new PersonName(person.given, person.family), LocalDate.of(1950, 6, 1), HOME, phone,
                person.email, Language.WELSH, ContactPreferences.DEFAULT);
    }
}
