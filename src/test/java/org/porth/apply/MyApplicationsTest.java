package org.porth.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.porth.resident.Somebody.signIn;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.apply.MyApplications.DraftSummary;
import org.porth.apply.MyApplications.RequestSummary;
import org.porth.browserless.People;
import org.porth.catalogue.Channel;
import org.porth.forms.Answer;
import org.porth.identity.Role;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.porth.shared.Reference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * My requests: the forms a resident started, each with where they left off, and the requests
 * they sent or an officer sent for them; never anyone else's.
 */
@SpringBootTest
class MyApplicationsTest {

    @Autowired
    private MyApplications mine;
    @Autowired
    private Applications applications;
    @Autowired
    private Submissions submissions;
    @Autowired
    private ResidentProfiles residents;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aStartedFormIsListedWithThePageToComeBackTo() {
        signIn(Somebody.named("Rhys").asResident());
        String draft = applications.start(GardenWasteForm.SERVICE).draftId();
        GardenWasteForm.answer(applications, draft, "address",
                new Answer(Map.of("uprn", List.of(GardenWasteForm.RED_LION))));
        GardenWasteForm.answer(applications, draft, "has-bin", Answer.of("yes"));

        List<DraftSummary> drafts = mine.drafts();

        assertThat(drafts).singleElement().satisfies(summary -> {
            assertThat(summary.draftId()).isEqualTo(draft);
            assertThat(summary.service().id()).isEqualTo(GardenWasteForm.SERVICE);
            assertThat(summary.resumeAt()).isEqualTo(new FormPosition(draft, "bin-count"));
            assertThat(summary.expiresAt()).isAfter(summary.savedAt());
        });
    }

    @Test
    void requestsSentOnlineAndByAnOfficerOnThePhoneAreBothListed() {
        Somebody rhys = Somebody.named("Rhys");
        signIn(rhys.asResident());
        ResidentId id = residents.current().id();
        Reference online = sendGardenWaste(applications.start(GardenWasteForm.SERVICE).draftId(), rhys.email);
        signIn(People.officer(Role.CASEWORKER));
        String byPhone = applications.startFor(id, GardenWasteForm.SERVICE, Channel.PHONE).draftId();
        Reference phoned = sendGardenWaste(byPhone, rhys.email);
        String unfinishedByPhone = applications.startFor(id, GardenWasteForm.SERVICE, Channel.PHONE).draftId();

        signIn(rhys.asResident());

        assertThat(mine.requests()).extracting(RequestSummary::reference, RequestSummary::channel)
                .containsExactlyInAnyOrder(tuple(online, Channel.WEB), tuple(phoned, Channel.PHONE));
        assertThat(mine.drafts()).extracting(DraftSummary::draftId).as("an officer's unfinished form is theirs to finish")
                .doesNotContain(unfinishedByPhone);
    }

    @Test
    void nobodySeesAnotherResidentsFormsOrRequests() {
        Somebody rhys = Somebody.named("Rhys");
        signIn(rhys.asResident());
        sendGardenWaste(applications.start(GardenWasteForm.SERVICE).draftId(), rhys.email);
        applications.start("pothole");

        signIn(Somebody.named("Siân").asResident());

        assertThat(mine.drafts()).isEmpty();
        assertThat(mine.requests()).isEmpty();
    }

    private Reference sendGardenWaste(String draft, String email) {
        GardenWasteForm.complete(applications, draft, email);
        return ((SubmitResult.Submitted) submissions.submit(draft, true, Language.ENGLISH)).reference();
    }
}
