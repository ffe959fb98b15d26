package org.porth.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.catalogue.Channel;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.identity.Role;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.porth.shared.Reference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A draft or request is its resident's, or the officer's who fills it in for them: anyone else is
 * told there is no such thing, whatever they try, so nothing reveals that it exists.
 */
@SpringBootTest
class FormAccessTest {

    private static final Authentication CARA = People.officer(Role.CASEWORKER);
    private static final Authentication SUNIL = People.signedIn("Sunil Patel", "sunil.patel@porth.example.gov.uk",
            Role.SUPERVISOR);

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
    void anotherResidentCannotOpenContinueCheckOrSubmitADraft() {
        Somebody owner = Somebody.named("Alaw");
        signIn(owner.asResident());
        String draft = applications.start(GardenWasteForm.SERVICE).draftId();

        signIn(Somebody.named("Bryn").asResident());

        assertNoSuchDraft(() -> applications.open(draft));
        assertNoSuchDraft(() -> applications.continueFrom(draft, "has-bin", Answers.NONE.with("has-bin", Answer.of("yes"))));
        assertNoSuchDraft(() -> applications.decideSharing(draft, "email", List.of("email"), true));
        assertNoSuchDraft(() -> applications.sharingQuestion(draft, "email"));
        assertNoSuchDraft(() -> applications.exitAfter(draft, "has-bin"));
        assertNoSuchDraft(() -> submissions.check(draft, Language.ENGLISH));
        assertNoSuchDraft(() -> submissions.submit(draft, true, Language.ENGLISH));

        signIn(owner.asResident());
        assertThat(applications.open(draft).answers().get("has-bin")).as("nothing was saved by the other").isEmpty();
    }

    @Test
    void anotherResidentCannotSeeTheConfirmationOfASubmittedRequest() {
        Somebody owner = Somebody.named("Alaw");
        signIn(owner.asResident());
        String draft = applications.start(GardenWasteForm.SERVICE).draftId();
        GardenWasteForm.complete(applications, draft, owner.email);
        Reference reference = ((SubmitResult.Submitted) submissions.submit(draft, true, Language.ENGLISH)).reference();

        signIn(Somebody.named("Bryn").asResident());

        assertNoSuchDraft(() -> submissions.confirmation(reference));
        assertNoSuchDraft(() -> submissions.submit(draft, true, Language.ENGLISH));
        signIn(owner.asResident());
        assertThat(submissions.confirmation(reference).reference()).isEqualTo(reference);
    }

    @Test
    void anOfficerWorksOnlyOnTheDraftsTheyStarted() {
        Somebody caller = Somebody.named("Ceri");
        signIn(caller.asResident());
        ResidentId callerId = residents.current().id();
        String residentsOwn = applications.start(GardenWasteForm.SERVICE).draftId();

        signIn(CARA);
        String carasDraft = applications.startFor(callerId, GardenWasteForm.SERVICE, Channel.PHONE).draftId();
        assertThat(applications.open(carasDraft).forResident()).isEqualTo(caller.name());
        assertNoSuchDraft(() -> applications.open(residentsOwn));
        assertNoSuchDraft(() -> submissions.check(residentsOwn, Language.ENGLISH));

        signIn(SUNIL);
        assertNoSuchDraft(() -> applications.open(carasDraft));
        assertNoSuchDraft(() -> applications.continueFrom(carasDraft, "has-bin", Answers.NONE.with("has-bin", Answer.of("no"))));
        assertNoSuchDraft(() -> submissions.submit(carasDraft, true, Language.ENGLISH));
    }

    @Test
    void nobodySignedInCanStartOrOpenAForm() {
        signIn(Somebody.named("Alaw").asResident());
        String draft = applications.start(GardenWasteForm.SERVICE).draftId();
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> applications.start(GardenWasteForm.SERVICE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> applications.open(draft)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> submissions.check(draft, Language.ENGLISH))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static void assertNoSuchDraft(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NoSuchDraftException.class);
    }
}
