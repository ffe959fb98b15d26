package org.porth.apply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.porth.apply.GardenWasteForm;
import org.porth.apply.Satisfaction;
import org.porth.apply.Submissions;
import org.porth.apply.SubmitResult;
import org.porth.browserless.People;
import org.porth.catalogue.Channel;
import org.porth.identity.Role;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.porth.shared.Reference;
import org.springframework.beans.factory.annotation.Autowired;

/** The satisfaction question on "Request sent", as the resident who sent the request meets it. */
class SatisfactionFormTest extends FormPageTest {

    @Autowired
    private Submissions submissions;
    @Autowired
    private ResidentProfiles residents;

    @Test
    void theResidentPicksAnAnswerAndIsThankedAndTheQuestionIsNotAskedAgain() {
        Reference reference = sent(Somebody.named("Elin"));
        navigate("apply/sent/" + reference.value(), ConfirmationView.class);
        assertThat(score().getLabel()).isEqualTo("Overall, how did you feel about the service you received today?");
        assertThat(score().getListDataView().getItems().map(score().getItemLabelGenerator()))
                .containsExactly("Very satisfied", "Satisfied", "Neither satisfied or dissatisfied", "Dissatisfied",
                        "Very dissatisfied");

        score().setValue(5);
        click("send-satisfaction");

        assertThat(pageText()).contains("Thank you for your feedback.");
        assertThat(find(RadioButtonGroup.class).withId(SatisfactionForm.SCORE_ID).exists()).isFalse();
        reload();
        assertThat(pageText()).contains("Thank you for your feedback.");
        assertThat(find(RadioButtonGroup.class).withId(SatisfactionForm.SCORE_ID).exists()).isFalse();
    }

    @Test
    void sendingWithoutAnAnswerShowsTheProblemByTheQuestionAndInTheSummaryAndKeepsTheComment() {
        Reference reference = sent(Somebody.named("Ffion"));
        navigate("apply/sent/" + reference.value(), ConfirmationView.class);
        test(comment()).setValue("The map was hard to use");

        click("send-satisfaction");

        assertThat(errorSummary()).containsExactly("Select how you felt about the service you received today");
        assertThat(errorSummaryTargets()).containsExactly("#" + SatisfactionForm.SCORE_ID);
        assertThat(fieldError(score())).hasValue("Select how you felt about the service you received today");
        assertThat(fieldError(comment())).isEmpty();
        assertThat(comment().getValue()).isEqualTo("The map was hard to use");
    }

    @Test
    void anOverlongCommentIsRefusedWithTheChosenAnswerKept() {
        Reference reference = sent(Somebody.named("Rhodri"));
        navigate("apply/sent/" + reference.value(), ConfirmationView.class);
        score().setValue(2);
        test(comment()).setValue("a".repeat(Satisfaction.COMMENT_LIMIT + 1));

        click("send-satisfaction");

        assertThat(fieldError(comment())).hasValue("Your comment must be 500 characters or fewer");
        assertThat(score().getValue()).isEqualTo(2);
    }

    @Test
    void inWelshTheQuestionAndItsAnswersAreWelsh() {
        Reference reference = sent(Somebody.named("Llinos"));
        chooseLanguage(Language.WELSH);
        navigate("apply/sent/" + reference.value(), ConfirmationView.class);

        assertThat(score().getLabel()).isEqualTo(welsh("satisfaction.question"));
        assertThat(score().getListDataView().getItems().map(score().getItemLabelGenerator()).findFirst())
                .hasValue("Bodlon iawn");
        assertThat(comment().getHelperText()).startsWith("Peidiwch â chynnwys gwybodaeth bersonol");
    }

    @Test
    void anOfficerWhoSentARequestForACallerIsNotAsked() {
        Somebody caller = Somebody.named("Caron");
        signIn(caller.asResident());
        ResidentId callerId = residents.current().id();
        signIn(People.officer(Role.CASEWORKER));
        String draft = applications.startFor(callerId, GardenWasteForm.SERVICE, Channel.PHONE).draftId();
        GardenWasteForm.complete(applications, draft, caller.email);
        Reference reference = ((SubmitResult.Submitted) submissions.submit(draft, true, Language.ENGLISH)).reference();

        navigate("staff/apply/sent/" + reference.value(), ConfirmationView.class);

        assertThat(pageText()).contains(reference.value()).doesNotContain("Tell us what you think");
    }

    private Reference sent(Somebody resident) {
        signIn(resident.asResident());
        return GardenWasteForm.send(applications, submissions, resident.email);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Integer> score() {
        return find(RadioButtonGroup.class).id(SatisfactionForm.SCORE_ID);
    }

    private TextArea comment() {
        return find(TextArea.class).id(SatisfactionForm.COMMENT_ID);
    }
}
