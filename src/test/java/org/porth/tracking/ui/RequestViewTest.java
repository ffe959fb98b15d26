package org.porth.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.attachments.TestFiles;
import org.porth.attachments.TestPictures;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseWork;
import org.porth.casework.Outcome;
import org.porth.casework.internal.CaseOpening;
import org.porth.casework.internal.Teams;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;
import org.porth.shell.NotFoundView;
import org.porth.tracking.SentRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The resident's request page: where it stands, the council's question and their reply, the outcome
 * and "did this solve your problem?", withdrawing; a refused form keeps what was typed; another
 * resident's reference is "page not found", as for one that does not exist.
 */
class RequestViewTest extends PortalViewTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CaseOpening opening;
    @Autowired
    private Catalogue catalogue;
    @Autowired
    private ResidentProfiles residents;
    @Autowired
    private CaseWork work;
    @Autowired
    private Teams teams;
    @Autowired
    private CurrentUser currentUser;

    private Authentication resident;
    private Authentication officer;
    private String reference;

    @BeforeEach
    void aResidentsPotholeReportAndAHighwaysOfficer() {
        Somebody somebody = Somebody.named("Catrin");
        resident = somebody.asResident();
        SecurityContextHolder.getContext().setAuthentication(resident);
        reference = new SentRequests(jdbc, opening, catalogue)
                .pothole(residents.current().id().toString(), Channel.WEB, Instant.now());
        officer = People.signedIn("Highways Officer " + somebody.family, null, Role.CASEWORKER);
        SecurityContextHolder.getContext().setAuthentication(officer);
        teams.join("highways", currentUser.get().orElseThrow().id(), false);
        signIn(resident);
    }

    @Test
    void theResidentSeesWhereTheRequestStandsWhatTheyToldUsAndTheCouncilsMessageButNoNotes() {
        asOfficer(() -> work.addNote(reference, "Resident is a councillor's neighbour"));
        asOfficer(() -> work.messageResident(reference, "A crew will fill it this week."));

        navigate(RequestView.path(reference), RequestView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Request " + reference);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Request " + reference + " – Porth County Council");
        assertThat(pageText()).contains("Status", "Received", "What you told us", "by the bus stop",
                "Message from the council", "A crew will fill it this week.", "We aim to respond within")
                .containsPattern("Due in \\d+ working days?, on")
                .doesNotContain("councillor's neighbour", "Highways Officer", "highways");
    }

    @Test
    void theCouncilsQuestionIsShownAndAnEmptyReplyIsRefusedThenTheReplyMovesTheDueDate() {
        asOfficer(() -> work.requestInformation(reference, inProgress().version(), "Is it on the road or the pavement?"));
        navigate(RequestView.path(reference), RequestView.class);
        assertThat(find(Div.class).withId("waiting").single().getElement()
                .getTextRecursively()).contains("We need more information from you", "Is it on the road or the pavement?",
                "The due date is paused until you reply.");

        send("Send message");
        TextArea message = find(TextArea.class).withId("message").single();
        assertThat(message.isInvalid()).isTrue();
        assertThat(message.getErrorMessage()).isEqualTo("Enter your message");
        assertThat(find(ErrorSummary.class).single().getElement().getTextRecursively()).contains("Enter your message");

        message.setValue("On the road, by the bus stop.");
        send("Send message");

        assertThat(pageText()).contains("Your message has been sent.", "In progress", "Your reply",
                "On the road, by the bus stop.", "The due date moved to")
                .doesNotContain("We need more information from you");
    }

    @Test
    void aPhotoAddedToAMessageIsThereAgainWhenThePageIsOpenedAgainAndGoesWithTheMessage() {
        navigate(RequestView.path(reference), RequestView.class);
        test(find(Upload.class).withId("message-upload").single()).upload("hole.jpg", "image/jpeg", TestFiles.bytes("photo.jpg"));

        navigate(RequestView.path(reference), RequestView.class);

        assertThat(filesAdded()).containsExactly("hole.jpg");
        find(TextArea.class).withId("message").single().setValue("Here is a photo.");
        send("Send message");
        assertThat(pageText()).contains("Your message has been sent.", "Here is a photo.", "hole.jpg");
        assertThat(filesAdded()).as("sent, so no longer waiting").isEmpty();
    }

    @Test
    void aPhotoThatDeclaresItselfHugeIsRefusedByTheUploadAndInTheErrorSummary() {
        navigate(RequestView.path(reference), RequestView.class);

        test(find(Upload.class).withId("message-upload").single())
                .upload("hole.png", "image/png", TestPictures.pngDeclaring(50_000, 50_000));

        String message = "hole.png must be 50 megapixels or fewer";
        assertThat(find(Div.class).withId(MessageForm.FILES).single().getElement().getTextRecursively()).contains(message);
        assertThat(find(ErrorSummary.class).single().getElement().getTextRecursively()).contains(message);
        assertThat(filesAdded()).isEmpty();
    }

    @Test
    void aNoWithoutACommentIsRefusedKeepingTheChoiceThenWithOneTheRequestIsReopened() {
        asOfficer(() -> work.end(reference, inProgress().version(), Outcome.FIXED, "We filled the pothole."));
        navigate(RequestView.path(reference), RequestView.class);
        assertThat(pageText()).contains("What we did", "We fixed it", "We filled the pothole.",
                "Did this solve your problem?");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> solved = find(RadioButtonGroup.class).withId("solved").single();
        solved.setValue(false);
        send("Send answer");

        TextArea comment = find(TextArea.class).withId("comment").single();
        assertThat(comment.getErrorMessage()).isEqualTo("Tell us why your problem is not solved");
        assertThat(solved.getValue()).as("the choice is kept").isFalse();

        comment.setValue("It has opened up again.");
        send("Send answer");

        assertThat(pageText()).contains("We have reopened your request.", "In progress",
                "We reopened your request: it is back with the team");
    }

    @Test
    void theResidentWithdrawsTheRequestGivingAReason() {
        navigate(RequestView.path(reference), RequestView.class);
        send("Withdraw request");
        assertThat(find(TextArea.class).withId("withdraw-reason").single().getErrorMessage())
                .isEqualTo("Enter why you want to withdraw your request");

        find(TextArea.class).withId("withdraw-reason").single().setValue("The council fixed it already.");
        send("Withdraw request");
        assertThat(find(H1.class).single().getText()).isEqualTo("Are you sure you want to withdraw request " + reference + "?");
        assertThat(pageText()).contains("We will stop working on it and close it. You cannot undo this",
                "Your reason: The council fixed it already.").doesNotContain("Withdrawn");
        assertThat(find(Anchor.class).withText("No, go back").single().getHref()).isEqualTo(RequestView.path(reference));
        assertThat(find(NativeButton.class).withText("Yes, withdraw this request").single().getClassNames())
                .contains("porth-button--warning");
        send("Yes, withdraw this request");

        assertThat(pageText()).contains("You have withdrawn this request.", "Withdrawn", "You withdrew this request",
                "The council fixed it already.");
        assertThat(find(TextArea.class).withId("message").exists()).as("nothing more to write about").isFalse();
    }

    @Test
    void inWelshWithdrawingAsksFirstInWelsh() {
        navigate(RequestView.path(reference), RequestView.class);
        chooseLanguage(Language.WELSH);
        find(TextArea.class).withId("withdraw-reason").single().setValue("Mae wedi'i drwsio.");
        send(welsh("tracking.withdraw.send"));

        assertThat(find(H1.class).single().getText()).isEqualTo("Ydych chi'n siŵr eich bod am dynnu cais " + reference + " yn ôl?");
        assertThat(pageText()).contains("Eich rheswm: Mae wedi'i drwsio.", "Ni allwch ddadwneud hyn");
        assertThat(find(Anchor.class).withText("Na, ewch yn ôl").exists()).isTrue();
        send("Ie, tynnu'r cais hwn yn ôl");
        assertThat(pageText()).contains(welsh("tracking.withdraw.done"));
    }

    @Test
    void inWelshThePageIsInWelsh() {
        asOfficer(() -> work.requestInformation(reference, inProgress().version(), "Ble yn union?"));
        navigate(RequestView.path(reference), RequestView.class);
        chooseLanguage(Language.WELSH);

        assertThat(find(H1.class).single().getText()).isEqualTo("Cais " + reference);
        assertThat(pageText()).contains(welsh("tracking.waiting-for-you"), "Ble yn union?", "Statws",
                welsh("tracking.status.AWAITING_RESIDENT"), welsh("tracking.message.reply-title"),
                welsh("tracking.answers.title"), welsh("tracking.withdraw.title"))
                .doesNotContain("We need more information from you", "What you told us");
    }

    @Test
    void anotherResidentsRequestIsPageNotFoundExactlyAsOneThatDoesNotExist() {
        signIn(Somebody.named("Dafydd").asResident());

        navigate(RequestView.path("PTH-0000-0000"), NotFoundView.class);
        String missing = pageText().replace("PTH-0000-0000", "REF");
        navigate(RequestView.path(reference), NotFoundView.class);

        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        assertThat(pageText().replace(reference, "REF")).isEqualTo(missing);
        assertThat(pageText()).doesNotContain("by the bus stop");
    }

    /** The files listed in the message form, added and not yet sent. */
    private List<String> filesAdded() {
        return find(ListItem.class).from(find(Div.class).withId(MessageForm.FILES).single()).all().stream()
                .map(item -> find(Span.class).from(item).first().getText()).toList();
    }

    private void send(String button) {
        test(find(NativeButton.class).withText(button).single()).click();
    }

    private CaseDetails inProgress() {
        CaseDetails opened = work.open(reference);
        return work.changeStatus(reference, opened.version(), CaseStatus.IN_PROGRESS, null);
    }

    private void asOfficer(Supplier<?> action) {
        SecurityContextHolder.getContext().setAuthentication(officer);
        try {
            action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(resident);
        }
    }
}
