package org.porth.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.catalogue.Text;
import org.porth.resident.ResidentDetailsChanged.FieldChange;
import org.porth.shared.Postcode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Tell us once: a change the resident agrees to share updates their profile once and is published once. */
@SpringBootTest
@RecordApplicationEvents
class TellUsOnceTest {

    private static final ResidentAddress NEW_HOME = new ResidentAddress("100023336956", "Flat 2",
            "7 Stryd y Farchnad", "Porth", new Postcode("PT2 4DF"), "Canol");
    private static final Text WORDING = ConsentWording.forFields(Set.of(ProfileField.ADDRESS));

    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private TellUsOnce tellUsOnce;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAgreedChangeUpdatesTheProfileRecordsTheConsentAndIsPublishedOnce() {
        signIn(Somebody.named("Nia").asResident());
        Profile before = profiles.current();

        ConsentId consent = tellUsOnce.shareChange(before.id(), ProfileChange.NONE.withAddress(NEW_HOME),
                Consent.given(WORDING)).orElseThrow();

        assertThat(profiles.current().address()).isEqualTo(NEW_HOME);
        List<ResidentDetailsChanged> published = events.stream(ResidentDetailsChanged.class).toList();
        assertThat(published).singleElement().satisfies(event -> {
            assertThat(event.residentId()).isEqualTo(before.id());
            assertThat(event.consentId()).isEqualTo(consent);
            assertThat(event.changes()).containsExactly(new FieldChange(ProfileField.ADDRESS, Map.of(), Map.of(
                    "uprn", "100023336956", "line1", "Flat 2", "line2", "7 Stryd y Farchnad", "town", "Porth",
                    "postcode", "PT2 4DF", "ward", "Canol")));
        });
        assertThat(jdbc.queryForMap("select wording_en, wording_cy, fields, shared_with, given_at, withdrawn_at"
                + " from resident_consent where id = ?", consent.value()))
                .containsEntry("wording_en", WORDING.en())
                .containsEntry("wording_cy", WORDING.cy())
                .containsEntry("fields", "address")
                .containsEntry("shared_with", "EVERY_SERVICE_USING_THEM")
                .containsEntry("withdrawn_at", null)
                .extractingByKey("given_at").isNotNull();
    }

    @Test
    void theEventCarriesTheOldAndNewValuesOfOnlyTheFieldsThatChanged() {
        Somebody osian = Somebody.named("Osian");
        signIn(osian.asResident());
        ResidentId id = profiles.current().id();
        profiles.update(ProfileChange.NONE.withPhone("01632 960 001"));

        tellUsOnce.shareChange(id, ProfileChange.NONE.withPhone("07700 900 982").withEmail(osian.email),
                Consent.given(ConsentWording.forFields(Set.of(ProfileField.PHONE, ProfileField.EMAIL))));

        assertThat(events.stream(ResidentDetailsChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.fields()).containsExactly(ProfileField.PHONE);
            assertThat(event.change(ProfileField.PHONE)).hasValue(new FieldChange(ProfileField.PHONE,
                    Map.of("value", "01632 960 001"), Map.of("value", "07700 900 982")));
        });
    }

    @Test
    void whenTheResidentDeclinesNothingChangesAndNothingIsPublished() {
        signIn(Somebody.named("Pat").asResident());
        Profile before = profiles.current();

        assertThat(tellUsOnce.shareChange(before.id(), ProfileChange.NONE.withAddress(NEW_HOME),
                Consent.declined(WORDING))).isEmpty();

        assertThat(profiles.current().address()).isNull();
        assertThat(events.stream(ResidentDetailsChanged.class)).isEmpty();
        assertThat(tellUsOnce.consents(before.id())).isEmpty();
    }

    @Test
    void aChangeToTheSameValueIsNotPublished() {
        signIn(Somebody.named("Rhys").asResident());
        ResidentId id = profiles.current().id();
        profiles.update(ProfileChange.NONE.withAddress(NEW_HOME));

        assertThat(tellUsOnce.shareChange(id, ProfileChange.NONE.withAddress(NEW_HOME), Consent.given(WORDING)))
                .isEmpty();

        assertThat(events.stream(ResidentDetailsChanged.class)).isEmpty();
    }

    @Test
    void onlyDetailsFormsUseCanBeShared() {
        signIn(Somebody.named("Siân").asResident());
        ResidentId id = profiles.current().id();

        assertThatThrownBy(() -> tellUsOnce.shareChange(id,
                ProfileChange.NONE.withContactPreferences(ContactPreferences.DEFAULT), Consent.given(WORDING)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResidentListsAndWithdrawsTheirConsentOnce() {
        signIn(Somebody.named("Tom").asResident());
        ResidentId id = profiles.current().id();
        ConsentId consent = tellUsOnce.shareChange(id, ProfileChange.NONE.withAddress(NEW_HOME),
                Consent.given(WORDING)).orElseThrow();

        tellUsOnce.withdraw(consent);
        tellUsOnce.withdraw(consent);

        assertThat(tellUsOnce.consents(id)).singleElement().satisfies(record -> {
            assertThat(record.id()).isEqualTo(consent);
            assertThat(record.wording()).isEqualTo(WORDING);
            assertThat(record.fields()).containsExactly(ProfileField.ADDRESS);
            assertThat(record.withdrawn()).isTrue();
        });
        assertThat(events.stream(ConsentWithdrawn.class)).singleElement()
                .extracting(ConsentWithdrawn::consentId).isEqualTo(consent);
    }

    @Test
    void anotherResidentCanNeitherShareSeeNorWithdrawAResidentsDetails() {
        signIn(Somebody.named("Una").asResident());
        ResidentId unasId = profiles.current().id();
        ConsentId unasConsent = tellUsOnce.shareChange(unasId, ProfileChange.NONE.withAddress(NEW_HOME),
                Consent.given(WORDING)).orElseThrow();

        signIn(Somebody.named("Vic").asResident());
        profiles.current();

        assertThatThrownBy(() -> tellUsOnce.consents(unasId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tellUsOnce.withdraw(unasConsent)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tellUsOnce.shareChange(unasId, ProfileChange.NONE.withPhone("07700 900 982"),
                Consent.given(WORDING))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOfficerRecordsACallersConsentButCannotWithdrawIt() {
        signIn(Somebody.officer());
        Profile caller = profiles.createForCaller(ResidentProfilesTest.caller(Somebody.named("Wyn"), null));

        ConsentId consent = tellUsOnce.shareChange(caller.id(), ProfileChange.NONE.withAddress(NEW_HOME),
                Consent.given(WORDING)).orElseThrow();

        assertThat(jdbc.queryForObject("select recorded_by_officer from resident_consent where id = ?",
                String.class, consent.value())).isEqualTo("staff:staff-cara.jones");
        assertThatThrownBy(() -> tellUsOnce.withdraw(consent)).isInstanceOf(AccessDeniedException.class);
    }
}
