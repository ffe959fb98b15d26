package org.porth.apply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.porth.apply.GardenWasteForm;
import org.porth.apply.Submissions;
import org.porth.apply.SubmitResult;
import org.porth.browserless.People;
import org.porth.catalogue.Channel;
import org.porth.forms.Answer;
import org.porth.identity.Role;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.porth.shared.Reference;
import org.porth.shell.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;

/**
 * Every page of a form, opened by someone whose form it is not, says "Page not found" and shows
 * nothing of it; a visitor who is not signed in is sent to sign in.
 */
class FormAccessViewTest extends FormPageTest {

    @Autowired
    private Submissions submissions;
    @Autowired
    private ResidentProfiles residents;

    @Test
    void anotherResidentFindsNoneOfTheFormsPages() {
        Somebody owner = Somebody.named("Alaw");
        signIn(owner.asResident());
        String draft = startDraft("housing-repair");
        GardenWasteForm.answer(applications, draft, "tenant", Answer.of("no"));

        signIn(Somebody.named("Bryn").asResident());

        for (String page : new String[] {"tenant", "check", "share/tenant", "cannot-use/tenant"}) {
            assertNotFound("apply/draft/" + draft + "/" + page);
        }
    }

    @Test
    void anotherResidentFindsNoConfirmationOfARequest() {
        Somebody owner = Somebody.named("Alaw");
        signIn(owner.asResident());
        String draft = startDraft(GardenWasteForm.SERVICE);
        GardenWasteForm.complete(applications, draft, owner.email);
        Reference reference = ((SubmitResult.Submitted) submissions.submit(draft, true, Language.ENGLISH)).reference();
        navigate("apply/sent/" + reference.value(), ConfirmationView.class);
        assertThat(pageText()).contains(reference.value());

        signIn(Somebody.named("Bryn").asResident());

        assertNotFound("apply/sent/" + reference.value());
    }

    @Test
    void anOfficerFindsOnlyTheFormsTheyFillIn() {
        signIn(Somebody.named("Ceri").asResident());
        ResidentId caller = residents.current().id();
        String residentsOwn = startDraft(GardenWasteForm.SERVICE);
        signIn(People.officer(Role.CASEWORKER));
        String carasDraft = applications.startFor(caller, GardenWasteForm.SERVICE, Channel.PHONE).draftId();

        navigate("staff/apply/draft/" + carasDraft + "/address", QuestionPageView.class);
        assertNotFound("staff/apply/draft/" + residentsOwn + "/address");

        signIn(People.signedIn("Sunil Patel", "sunil.patel@porth.example.gov.uk", Role.SUPERVISOR));
        assertNotFound("staff/apply/draft/" + carasDraft + "/address");
        assertNotFound("staff/apply/draft/" + carasDraft + "/check");
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToSignIn() {
        signIn(Somebody.named("Alaw").asResident());
        String draft = startDraft(GardenWasteForm.SERVICE);
        signOut();

        UI.getCurrent().navigate("apply/draft/" + draft + "/address");

        assertThat(currentView()).isNotInstanceOf(QuestionPageView.class);
        assertThat(pageLocation()).isEqualTo("/sign-in");
    }

    private void assertNotFound(String location) {
        UI.getCurrent().navigate(location);

        assertThat(currentView()).as(location).isInstanceOf(NotFoundView.class);
        assertThat(title()).startsWith("Page not found");
    }

    private void signOut() {
        signIn((Authentication) null);
    }
}
