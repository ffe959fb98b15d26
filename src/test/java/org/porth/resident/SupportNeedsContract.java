package org.porth.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.catalogue.Text;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.identity.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Support needs are the resident's own: told with consent, changed or removed by them only, and
 * read by no member of staff; casework reads them only as the case intake task. On H2 and PostgreSQL.
 */
@SpringBootTest
abstract class SupportNeedsContract {

    private static final Text CONSENT = SupportNeedsWording.consent();

    @Autowired
    private SupportNeeds supportNeeds;
    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aResidentTellsUsTheirNeedsWithConsentInTheWordsTheySawAndChangesThem() {
        ResidentId id = newResident("Gwen");

        supportNeeds.record(id, Set.of(SupportNeed.OVER_75, SupportNeed.OTHER_FORMAT), Consent.given(CONSENT));

        assertThat(supportNeeds.of(id)).hasValueSatisfying(told -> {
            assertThat(told.needs()).containsExactlyInAnyOrder(SupportNeed.OVER_75, SupportNeed.OTHER_FORMAT);
            assertThat(told.consentWording().en()).startsWith("I agree that council teams can use the support needs");
            assertThat(told.consentWording().cy()).startsWith("Rwy'n cytuno y gall timau'r cyngor");
        });
        assertThat(jdbc.queryForMap("select needs, consent_wording_en from resident_support_needs where resident_id = ?",
                id.value())).containsEntry("needs", "over-75,other-format").containsEntry("consent_wording_en", CONSENT.en());

        supportNeeds.record(id, Set.of(SupportNeed.CARER), Consent.given(CONSENT));

        assertThat(supportNeeds.of(id).orElseThrow().needs()).containsExactly(SupportNeed.CARER);
    }

    @Test
    void removingThemWithdrawsTheConsentAndDeletesThem() {
        ResidentId id = newResident("Huw");
        supportNeeds.record(id, Set.of(SupportNeed.DISABILITY), Consent.given(CONSENT));

        supportNeeds.remove(id);

        assertThat(supportNeeds.of(id)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from resident_support_needs where resident_id = ?",
                Integer.class, id.value())).isZero();
        assertThat(SystemTask.CASE_INTAKE.run(() -> supportNeeds.forCaseIntake(id))).isEmpty();
    }

    @Test
    void withoutConsentOrWithNoNeedNothingIsKept() {
        ResidentId id = newResident("Iolo");

        assertThatThrownBy(() -> supportNeeds.record(id, Set.of(SupportNeed.DISABILITY), Consent.declined(CONSENT)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> supportNeeds.record(id, Set.of(), Consent.given(CONSENT)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(supportNeeds.of(id)).isEmpty();
    }

    @Test
    void aResidentCanNeverReachAnotherResidentsNeeds() {
        ResidentId anns = newResident("Ann");
        supportNeeds.record(anns, Set.of(SupportNeed.DISABILITY), Consent.given(CONSENT));

        newResident("Bryn");

        assertThatThrownBy(() -> supportNeeds.of(anns)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> supportNeeds.record(anns, Set.of(SupportNeed.CARER), Consent.given(CONSENT)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> supportNeeds.remove(anns)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> supportNeeds.forCaseIntake(anns)).as("nor through casework's way in")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffCannotReadThemExceptThroughTheCaseIntake() {
        ResidentId id = newResident("Carys");
        supportNeeds.record(id, Set.of(SupportNeed.OVER_75), Consent.given(CONSENT));

        for (Role role : Set.of(Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN)) {
            signIn(People.officer(role));
            assertThatThrownBy(() -> supportNeeds.of(id)).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> supportNeeds.forCaseIntake(id)).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> supportNeeds.record(id, Set.of(), Consent.given(CONSENT))).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> supportNeeds.forCaseIntake(id)).as("no one signed in")
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        assertThat(SystemTask.CASE_INTAKE.run(() -> supportNeeds.forCaseIntake(id))).containsExactly(SupportNeed.OVER_75);
    }

    @Test
    void theIntakeTaskIsNoOneAndEndsWithItsWork() {
        ResidentId id = newResident("Dewi");
        Authentication dewi = SecurityContextHolder.getContext().getAuthentication();

        SystemTask.CASE_INTAKE.run(() -> {
            assertThat(currentUser.get()).as("no person signed in for the task").isEmpty();
            assertThatThrownBy(() -> supportNeeds.of(id)).as("the task reads only what casework needs")
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(dewi);
        assertThat(SystemTask.CASE_INTAKE.authority()).isEqualTo(SystemTask.CASE_INTAKE_AUTHORITY);
    }

    private ResidentId newResident(String name) {
        signIn(Somebody.named(name).asResident());
        return profiles.current().id();
    }
}
