package org.porth.integration.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.casework.CaseWork;
import org.porth.casework.ResidentCases;
import org.porth.casework.TimelineItem;
import org.porth.casework.TimelineKind;
import org.porth.integration.IntegrationEvent;
import org.porth.integration.IntegrationEventTypes;
import org.porth.integration.PartnerGate;
import org.porth.integration.partners.ReferralFixtures.Scene;
import org.porth.resident.Consent;
import org.porth.resident.ConsentWording;
import org.porth.resident.ProfileChange;
import org.porth.resident.ProfileField;
import org.porth.resident.TellUsOnce;
import org.porth.shared.ActionRefused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A referral needs the resident's standing consent or a lawful basis justified in writing; nothing
 * goes to a partner whose agreement has ended; a change of details the resident shared reaches each
 * partner with an open referral about them once, and My account lists it. Run on H2 and on PostgreSQL.
 */
@SpringBootTest
abstract class ReferralsContract {

    @Autowired
    private ReferralFixtures fixtures;
    @Autowired
    private Referrals referrals;
    @Autowired
    private SharedDetails sharedDetails;
    @Autowired
    private PartnerGate gate;
    @Autowired
    private CaseWork work;
    @Autowired
    private ResidentCases residentCases;
    @Autowired
    private TellUsOnce tellUsOnce;
    @Autowired
    private JdbcTemplate jdbc;

    private Scene scene;
    private Partner homes;

    @BeforeEach
    void aResidentsCaseAndAHousingAssociation() {
        scene = fixtures.scene();
        homes = fixtures.partner("Porth Homes " + UUID.randomUUID().toString().substring(0, 6), null,
                LocalDate.now().plusYears(1));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void withoutConsentOrAJustifiedLawfulBasisNothingIsReferred() {
        NewReferral noConsent = new NewReferral(scene.reference(), homes.id(), ReferralType.HOUSING, "Damp",
                LawfulBasis.CONSENT, null, null);
        NewReferral someoneElsesConsent = new NewReferral(scene.reference(), homes.id(), ReferralType.HOUSING, "Damp",
                LawfulBasis.CONSENT, UUID.randomUUID().toString(), null);
        NewReferral unjustified = new NewReferral(scene.reference(), homes.id(), ReferralType.HOUSING, "Damp",
                LawfulBasis.SAFEGUARDING, null, "  ");
        NewReferral noBasis = new NewReferral(scene.reference(), homes.id(), ReferralType.HOUSING, "Damp", null, null, null);

        assertRefused(noConsent, Referrals.CONSENT_FIELD, "referrals.consent.required");
        assertRefused(someoneElsesConsent, Referrals.CONSENT_FIELD, "referrals.consent.required");
        assertRefused(unjustified, Referrals.JUSTIFICATION_FIELD, "referrals.justification.required");
        assertRefused(noBasis, Referrals.BASIS_FIELD, "referrals.basis.required");
        assertThat(referrals.onCase(scene.reference())).isEmpty();
        assertThat(eventsAbout(homes)).isEmpty();
    }

    @Test
    void aWithdrawnConsentIsNoConsent() {
        SecurityContextHolder.getContext().setAuthentication(scene.resident());
        tellUsOnce.withdraw(tellUsOnce.consents(scene.residentId()).getFirst().id());
        SecurityContextHolder.getContext().setAuthentication(scene.officer());

        assertRefused(scene.withConsent(homes), Referrals.CONSENT_FIELD, "referrals.consent.required");
    }

    @Test
    void withConsentThePartnerGetsAThinEventTheAgreedDetailsAndTheResidentIsTold() {
        Referral made = referrals.refer(scene.withConsent(homes));

        assertThat(made.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(made.details()).containsOnlyKeys("name", "address");
        assertThat(made.details().get("address")).containsEntry("postcode", "PT1 1AA");
        List<Map<String, Object>> events = eventsAbout(homes);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.get("type")).isEqualTo(IntegrationEventTypes.REFERRAL_MADE);
            assertThat(event.get("subject")).isEqualTo(made.id());
            assertThat((String) event.get("data")).contains(made.id(), "HOUSING", "/api/v1/referrals/" + made.id())
                    .doesNotContain("Damp", "PT1 1AA", "Stryd");
        });
        TimelineItem step = work.open(scene.reference()).timeline().getLast();
        assertThat(step.kind()).isEqualTo(TimelineKind.REFERRED);
        assertThat(step.subject()).isEqualTo(homes.name());
        assertThat(step.visibleToResident()).isTrue();
        assertThat(step.detail()).as("the reason stays with staff and the partner").isNull();

        SecurityContextHolder.getContext().setAuthentication(scene.resident());
        assertThat(residentCases.open(scene.reference()).timeline()).extracting(TimelineItem::kind)
                .contains(TimelineKind.REFERRED);
        assertThat(sharedDetails.mine()).singleElement().satisfies(shared -> {
            assertThat(shared.partyName()).isEqualTo(homes.name());
            assertThat(shared.fields()).containsExactlyInAnyOrder(ProfileField.NAME, ProfileField.ADDRESS);
        });
    }

    @Test
    void aSafeguardingReferralIsJustifiedForSupervisorsAndNotShownToTheResident() {
        Referral made = referrals.refer(new NewReferral(scene.reference(), homes.id(), ReferralType.HOUSING,
                "Needs a safe place", LawfulBasis.SAFEGUARDING, null, "Resident disclosed abuse at home; asking would alert the abuser"));

        TimelineItem step = work.open(scene.reference()).timeline().getLast();
        assertThat(step.visibleToResident()).isFalse();
        assertThat(step.detail()).isEqualTo(made.justification());
        SecurityContextHolder.getContext().setAuthentication(org.porth.browserless.People.signedIn("Supervisor "
                + UUID.randomUUID(), null, org.porth.identity.Role.SUPERVISOR));
        assertThat(referrals.withoutConsent()).extracting(Referral::id).contains(made.id());
        SecurityContextHolder.getContext().setAuthentication(scene.resident());
        assertThat(residentCases.open(scene.reference()).timeline()).extracting(TimelineItem::kind)
                .doesNotContain(TimelineKind.REFERRED);
        assertThat(sharedDetails.mine()).isEmpty();
    }

    @Test
    void nothingGoesToAPartnerWhoseAgreementHasEnded() {
        Partner ended = fixtures.partner("Old Trust " + UUID.randomUUID().toString().substring(0, 6), null,
                LocalDate.now().minusDays(1));

        assertRefused(scene.withConsent(ended), Referrals.PARTNER_FIELD, "referrals.partner.agreement-ended");
        IntegrationEvent referral = IntegrationEvent.of(IntegrationEventTypes.REFERRAL_MADE, "x", "pothole",
                Instant.now(), Map.of("referralType", "HOUSING"));
        assertThat(gate.mayReceive(ended.id(), referral)).isFalse();
        assertThat(gate.mayReceive(homes.id(), referral)).isTrue();
        assertThat(gate.mayReceive(homes.id(), IntegrationEvent.of(IntegrationEventTypes.REFERRAL_MADE, "x", "pothole",
                Instant.now(), Map.of("referralType", "SAFE_AND_WELL")))).as("a type it did not agree to").isFalse();
        assertThat(gate.mayReceive(homes.id(), IntegrationEvent.of(IntegrationEventTypes.CASE_OPENED, "x", "pothole",
                Instant.now(), Map.of()))).as("not its business").isFalse();
        assertThat(gate.mayReceive(homes.id(), IntegrationEvent.of(IntegrationEventTypes.RESIDENT_DETAILS_CHANGED, "x",
                null, Instant.now(), Map.of("fields", List.of("phone"))))).as("a detail it may not have").isFalse();
    }

    @Test
    void aSharedChangeOfAddressReachesThePartnerWithAnOpenReferralOnce() {
        Referral made = referrals.refer(scene.withConsent(homes));
        Partner other = fixtures.partner("No Referral " + UUID.randomUUID().toString().substring(0, 6), null,
                LocalDate.now().plusYears(1));

        SecurityContextHolder.getContext().setAuthentication(scene.resident());
        tellUsOnce.shareChange(scene.residentId(), ProfileChange.NONE.withAddress(ReferralFixtures.NEW_HOME),
                Consent.given(ConsentWording.forFields(Set.of(ProfileField.ADDRESS))));

        await().untilAsserted(() -> assertThat(eventsAbout(homes)).extracting(event -> event.get("type"))
                .containsExactly(IntegrationEventTypes.REFERRAL_MADE, IntegrationEventTypes.RESIDENT_DETAILS_CHANGED));
        assertThat((String) eventsAbout(homes).getLast().get("data")).contains("address", made.id())
                .doesNotContain("Ffordd");
        assertThat(eventsAbout(other)).isEmpty();
        assertThat(sharedDetails.mine()).extracting(DetailsShared::fields)
                .containsExactly(Set.of(ProfileField.ADDRESS), Set.of(ProfileField.NAME, ProfileField.ADDRESS));
        SecurityContextHolder.getContext().setAuthentication(scene.officer());
        assertThat(referrals.onCase(scene.reference()).getFirst().details().get("address"))
                .containsEntry("postcode", "PT3 1EF");
    }

    private void assertRefused(NewReferral referral, String field, String messageKey) {
        assertThatThrownBy(() -> referrals.refer(referral)).isInstanceOfSatisfying(ActionRefused.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(messageKey);
        });
    }

    private List<Map<String, Object>> eventsAbout(Partner partner) {
        return jdbc.queryForList("select type, subject, data from integration_event where audience = ? order by seq",
                "partner:" + partner.id());
    }
}
