package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.porth.apply.GardenWasteForm.answer;
import static org.porth.resident.Somebody.signIn;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.apply.Applications;
import org.porth.apply.GardenWasteForm;
import org.porth.apply.Submissions;
import org.porth.apply.SubmitResult;
import org.porth.casework.Priority;
import org.porth.forms.Answer;
import org.porth.resident.Consent;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.resident.SupportNeed;
import org.porth.resident.SupportNeeds;
import org.porth.resident.SupportNeedsWording;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * From My account to the case: a resident who told us, with consent, of a support need submits a
 * housing repair; the case intake (no one signed in) reads the need, flags the case and puts it first.
 */
@SpringBootTest
class SupportNeedFlagsTest {

    @Autowired
    private Applications applications;
    @Autowired
    private Submissions submissions;
    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private SupportNeeds supportNeeds;
    @Autowired
    private ServiceCaseRepository cases;
    @Autowired
    private CaseDetailsReader details;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRepairForAResidentAged75OrOverIsFlaggedAndPutFirst() {
        ResidentId resident = signInAsNewResident("Megan");
        supportNeeds.record(resident, Set.of(SupportNeed.OVER_75), Consent.given(SupportNeedsWording.consent()));

        ServiceCase opened = submitHeatingRepair();

        assertThat(opened.flags()).containsExactly("vulnerable-resident");
        assertThat(opened.priority()).isEqualTo(Priority.HIGH);
        assertThat(opened.routedByRule()).isEqualTo("residents with a support need first");
        assertThat(opened.queueId()).isEqualTo("repairs");
        assertThat(details.of(opened).flags()).as("staff read the flag, not the need").singleElement().satisfies(flag -> {
            assertThat(flag.en()).isEqualTo("Support need: disability, long-term health condition or aged 75 or over");
            assertThat(flag.cy()).isEqualTo("Angen cymorth: anabledd, cyflwr iechyd hirdymor neu 75 oed neu'n hŷn");
        });
    }

    @Test
    void aSupportNeedForStaffToAdaptToFlagsTheCaseWithoutChangingItsPriority() {
        ResidentId resident = signInAsNewResident("Tomos");
        supportNeeds.record(resident, Set.of(SupportNeed.OTHER_FORMAT), Consent.given(SupportNeedsWording.consent()));

        ServiceCase opened = submitHeatingRepair();

        assertThat(opened.flags()).containsExactly("other-format");
        assertThat(opened.priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void afterTheResidentRemovesTheirNeedsTheirRequestsAreNotFlagged() {
        ResidentId resident = signInAsNewResident("Lowri");
        supportNeeds.record(resident, Set.of(SupportNeed.DISABILITY), Consent.given(SupportNeedsWording.consent()));
        supportNeeds.remove(resident);

        ServiceCase opened = submitHeatingRepair();

        assertThat(opened.flags()).isEmpty();
        assertThat(opened.priority()).isEqualTo(Priority.NORMAL);
        assertThat(opened.routedByRule()).isNull();
    }

    private ResidentId signInAsNewResident(String name) {
        signIn(Somebody.named(name).asResident());
        return profiles.current().id();
    }

    /** A heating repair, answering no to the health question, so only a support need can flag it. */
    private ServiceCase submitHeatingRepair() {
        String draft = applications.start("housing-repair").draftId();
        answer(applications, draft, "tenant", Answer.of("yes"));
        answer(applications, draft, "emergency", Answer.of("none"));
        answer(applications, draft, "address", new Answer(Map.of("uprn", List.of(GardenWasteForm.RED_LION))));
        answer(applications, draft, "room", Answer.of("kitchen"));
        answer(applications, draft, "problem", Answer.of("heating"));
        answer(applications, draft, "description", Answer.of("The boiler shows an error and there is no hot water."));
        answer(applications, draft, "photos", new Answer(Map.of()));
        answer(applications, draft, "access", Answer.ofAll(List.of("weekday-mornings")));
        answer(applications, draft, "health", Answer.of("no"));
        answer(applications, draft, "phone", Answer.of("07700 900 982"));
        SubmitResult result = submissions.submit(draft, true, Language.ENGLISH);
        assertThat(result).isInstanceOf(SubmitResult.Submitted.class);
        String reference = ((SubmitResult.Submitted) result).reference().value();
        return await().until(() -> cases.findByReference(reference), found -> found.isPresent()).orElseThrow();
    }
}
