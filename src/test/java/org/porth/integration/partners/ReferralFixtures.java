package org.porth.integration.partners;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.porth.browserless.People;
import org.porth.casework.internal.CaseOpening;
import org.porth.casework.internal.Teams;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.integration.partners.internal.PartnerStore;
import org.porth.resident.Consent;
import org.porth.resident.ConsentId;
import org.porth.resident.ConsentRecord;
import org.porth.resident.ConsentWording;
import org.porth.resident.ProfileChange;
import org.porth.resident.ProfileField;
import org.porth.resident.ResidentAddress;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.resident.TellUsOnce;
import org.porth.shared.Postcode;
import org.porth.tracking.SentRequests;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A resident with a pothole report and a consent on record, a highways officer who may work it, and
 * partners registered straight in their table (their admin page has tests of its own).
 */
@Component
public class ReferralFixtures {

    public static final ResidentAddress HOME = ResidentAddress.manual("1 Stryd Fawr", "", "Porth", new Postcode("PT1 1AA"));
    public static final ResidentAddress NEW_HOME = ResidentAddress.manual("3 Ffordd y Môr", "", "Porth",
            new Postcode("PT3 1EF"));

    private final JdbcTemplate jdbc;
    private final CaseOpening opening;
    private final Catalogue catalogue;
    private final ResidentProfiles profiles;
    private final TellUsOnce tellUsOnce;
    private final Teams teams;
    private final CurrentUser currentUser;
    private final PartnerStore partners;

    ReferralFixtures(JdbcTemplate jdbc, CaseOpening opening, Catalogue catalogue, ResidentProfiles profiles,
            TellUsOnce tellUsOnce, Teams teams, CurrentUser currentUser, PartnerStore partners) {
        this.jdbc = jdbc;
        this.opening = opening;
        this.catalogue = catalogue;
        this.profiles = profiles;
        this.tellUsOnce = tellUsOnce;
        this.teams = teams;
        this.currentUser = currentUser;
        this.partners = partners;
    }

    /** A resident, their case and their consent; ends signed in as the officer who may work it. */
    public Scene scene() {
        Somebody somebody = Somebody.named("Nia");
        Authentication resident = somebody.asResident();
        SecurityContextHolder.getContext().setAuthentication(resident);
        ResidentId id = profiles.current().id();
        ConsentId consent = tellUsOnce.shareChange(id, ProfileChange.NONE.withAddress(HOME),
                Consent.given(ConsentWording.forFields(Set.of(ProfileField.ADDRESS)))).orElseThrow();
        String reference = new SentRequests(jdbc, opening, catalogue).pothole(id.toString(), Channel.WEB, Instant.now());
        Authentication officer = People.signedIn("Highways Officer " + somebody.family, null, Role.CASEWORKER);
        SecurityContextHolder.getContext().setAuthentication(officer);
        teams.join("highways", currentUser.get().orElseThrow().id(), false);
        return new Scene(resident, officer, id, consent.toString(), reference);
    }

    /** A partner taking housing referrals and the resident's name and address, through the API client given. */
    public Partner partner(String name, String apiClientId, LocalDate agreementEnds) {
        Partner partner = new Partner(UUID.randomUUID().toString(), name, "referrals@example.org", apiClientId,
                "DSA-" + name.hashCode(), agreementEnds, Set.of(ReferralType.HOUSING),
                Set.of(ProfileField.NAME, ProfileField.ADDRESS), 0);
        partners.insert(partner, Instant.now());
        return partner;
    }

    /** The resident's consent on record, as the officer chooses it. */
    public ConsentRecord consentOf(Scene scene) {
        return tellUsOnce.consents(scene.residentId()).getFirst();
    }

    public record Scene(Authentication resident, Authentication officer, ResidentId residentId, String consentId,
            String reference) {

        public NewReferral withConsent(Partner partner) {
            return new NewReferral(reference, partner.id(), ReferralType.HOUSING, "Damp in the bedroom; needs a transfer",
                    LawfulBasis.CONSENT, consentId, null);
        }
    }
}
