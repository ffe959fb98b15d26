package org.porth.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.apply.RequestSubmitted;
import org.porth.attachments.Attachments;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.TestPdfs;
import org.porth.attachments.UploadResult.Stored;
import org.porth.attachments.UploadSlot;
import org.porth.attachments.internal.FileSending;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingPages;
import org.porth.booking.SlotTime;
import org.porth.booking.ui.StaffBookingFixtures;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseWork;
import org.porth.casework.Outcome;
import org.porth.casework.internal.CaseOpening;
import org.porth.casework.internal.Teams;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.catalogue.UploadLimits;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.resident.Profile;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shared.Reference;
import org.porth.shell.ErrorSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The case view: an officer sees a case whole and works it from the page. */
class CaseViewTest extends PortalViewTest {

    @Autowired
    private CaseOpening opening;
    @Autowired
    private Catalogue catalogue;
    @Autowired
    private Teams teams;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private CaseWork work;
    @Autowired
    private ApplicationEventPublisher events;

    private static final Answers DANGEROUS_POTHOLE = Answers.NONE
            .with("location", new Answer(Map.of("usrn", List.of("32710042"), "description", List.of("by the bus stop"))))
            .with("surface", Answer.of("road"))
            .with("danger", Answer.of("yes"));

    @Autowired
    private Attachments attachments;
    @Autowired
    private FileSending fileSending;

    @Autowired
    private StaffBookingFixtures bookingFixtures;

    private String reference;
    private Authentication officer;

    @BeforeEach
    void aDangerousPotholeAndAHighwaysOfficer() {
        reference = openDangerousPothole(DANGEROUS_POTHOLE);
        signIn(People.signedIn("Highways Officer " + reference, null, Role.CASEWORKER));
        officer = SecurityContextHolder.getContext().getAuthentication();
        teams.join("highways", currentUser.get().orElseThrow().id(), false);
    }

    @Test
    void aPdfShowsItsFirstPageAndPageCountAndOneThatCannotBeDrawnSaysToDownloadIt() {
        String draft = UUID.randomUUID().toString();
        StoredFile letter = residentUploads(draft, "letter.pdf", TestPdfs.pages(3));
        StoredFile scan = residentUploads(draft, "scan.pdf", TestPdfs.broken());
        Answers sent = DANGEROUS_POTHOLE.with("photos", new Answer(Map.of("file", List.of(letter.id(), scan.id()))));
        String withFiles = openDangerousPothole(sent);
        // as the form does when the resident sends it
        fileSending.sendWithRequest(draft, sent.fileIds(), withFiles);

        navigate("staff/cases/" + withFiles, CaseView.class);

        Image page = find(Image.class).single();
        assertThat(page.getSrc()).isEqualTo("/files/" + letter.id() + "/preview");
        assertThat(page.getAlt()).hasValue("letter.pdf, page 1 of 3");
        String answers = getCurrentView().getElement().getTextRecursively();
        assertThat(answers).contains("Page 1 of 3",
                "There is no preview of scan.pdf: it may be locked with a password or damaged. Download it to see it.");
        assertThat(find(Anchor.class).withText("Download letter.pdf").single().getHref()).isEqualTo("/files/" + letter.id());
        assertThat(find(Anchor.class).withText("Download scan.pdf").single().getHref()).isEqualTo("/files/" + scan.id());
    }

    private String openDangerousPothole(Answers answers) {
        String opened = Reference.random().value();
        opening.open(new RequestSubmitted(UUID.randomUUID().toString(), new Reference(opened), "pothole",
                catalogue.current("pothole").orElseThrow().version(), UUID.randomUUID().toString(), Channel.PHONE,
                "staff:someone", Instant.now(), answers));
        return opened;
    }

    /** The resident uploads a file with the form, and the officer is back at their desk. */
    private StoredFile residentUploads(String draft, String name, byte[] content) {
        SecurityContextHolder.getContext().setAuthentication(People.resident());
        StoredFile file = ((Stored) attachments.upload(new UploadSlot.Question(draft, "photos"), name, content,
                UploadLimits.DEFAULT)).file();
        SecurityContextHolder.getContext().setAuthentication(officer);
        return file;
    }

    @Test
    void aCaseWhoseJourneyBookedLinksToTheBookingsDay() {
        Profile caller = bookingFixtures.caller("Mali");
        String withBooking = Reference.random().value();
        opening.open(new RequestSubmitted(UUID.randomUUID().toString(), new Reference(withBooking), "pothole",
                catalogue.current("pothole").orElseThrow().version(), caller.id().toString(), Channel.PHONE,
                "staff:someone", Instant.now(), DANGEROUS_POTHOLE));
        SlotTime slot = bookingFixtures.freshSlot("test-one-place");
        BookingDetails booking = bookingFixtures.bookByPhone(caller, slot, withBooking);

        navigate("staff/cases/" + withBooking, CaseView.class);

        Paragraph line = find(Paragraph.class).withId("case-booking").single();
        assertThat(line.getElement().getTextRecursively()).isEqualTo("Booking: " + booking.reference() + ", "
                + DateText.withWeekday(slot.start().toLocalDate(), Language.ENGLISH) + " at "
                + slot.start().toLocalTime() + ", Test one place");
        assertThat(find(Anchor.class).withText(line.getElement().getTextRecursively().replace("Booking: ", ""))
                .single().getHref()).isEqualTo(BookingPages.day(slot.resourceId(), slot.start().toLocalDate()));
    }

    @Test
    void aCaseWithoutABookingSaysNothingOfOne() {
        navigate("staff/cases/" + reference, CaseView.class);

        assertThat(find(Paragraph.class).withId("case-booking").exists()).isFalse();
    }

    @Test
    void theOfficerSeesWhereTheCaseStandsWhatWasAskedAndWhatHappened() {
        navigate("staff/cases/" + reference, CaseView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Case " + reference);
        String facts = text("case-facts");
        assertThat(facts).contains("Submitted", "Highway emergencies", "Routed by the rule \"dangerous now\"", "Urgent",
                "Castell", "Nobody yet", "by phone", "(entered by staff:someone)");
        assertThat(text("case-timeline")).contains("Request received by phone", "Routed to the queue highway-emergencies",
                "dangerous now", "Internal", "Resident can see");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Is it dangerous to people or vehicles right now?", "Yes");
    }

    @Test
    void askingWithNothingTypedSaysSoAndKeepsTheRestThenAskingStopsTheClock() {
        navigate("staff/cases/" + reference, CaseView.class);
        TextArea note = find(TextArea.class).withId("note").single();
        note.setValue("Crew booked for Thursday");

        click("Ask the resident");

        TextArea question = find(TextArea.class).withId("question").single();
        assertThat(question.isInvalid()).isTrue();
        assertThat(question.getErrorMessage()).isEqualTo("Enter what you need from the resident");
        assertThat(find(Anchor.class).from(find(ErrorSummary.class).single()).all()).extracting(Anchor::getText)
                .containsExactly("Enter what you need from the resident");
        assertThat(note.getValue()).as("nothing typed is lost").isEqualTo("Crew booked for Thursday");

        question.setValue("Which side of the road is it on?");
        click("Ask the resident");

        assertThat(text("case-notice")).isEqualTo("Done. The case below shows the change.");
        assertThat(text("case-facts")).contains("Waiting for the resident", "paused: waiting for the resident");
        assertThat(text("case-timeline")).contains("More information asked for", "Which side of the road is it on?",
                "Clock paused while we wait for the resident");
    }

    @Test
    void aReopenedCaseShowsItsClockRunningToItsDueDateNotFinished() {
        moveTo(CaseStatus.IN_PROGRESS);
        var ended = work.end(reference, work.open(reference).version(), Outcome.FIXED, "We filled the pothole.");
        navigate("staff/cases/" + reference, CaseView.class);
        assertThat(text("case-facts")).contains("(finished)");

        var reopened = work.changeStatus(reference, ended.version(), CaseStatus.IN_PROGRESS, "Still there");
        navigate("staff/cases/" + reference, CaseView.class);

        String due = DateText.format(reopened.summary().dueAt(), ZoneId.of("Europe/London"), Language.ENGLISH);
        assertThat(text("case-facts")).contains("In progress", due).doesNotContain("(finished)");
    }

    @Test
    void officersAppearByTheirNamesAndAnAccountNobodyKnowsByItsId() {
        String supervisor = "siân-" + reference.toLowerCase();
        var siân = People.demoAccount(supervisor, "Siân Hughes", Role.CASEWORKER, Role.SUPERVISOR);
        signIn(siân);
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(siân, getClass()));
        teams.join("highways", "staff:" + supervisor, true);
        navigate("staff/cases/" + reference, CaseView.class);
        @SuppressWarnings("unchecked")
        Select<String> officer = find(Select.class).withId("officer").single();
        assertThat(officer.getListDataView().getItems().map(officer.getItemLabelGenerator()))
                .contains("Cara Jones", "Siân Hughes");

        officer.setValue("staff:cara");
        click("Assign");

        assertThat(text("case-facts")).contains("Cara Jones", "(entered by staff:someone)");
        assertThat(text("case-timeline")).contains("Assigned to Cara Jones", "By Siân Hughes").doesNotContain("staff:cara");
        assertThat(text("audit-trail")).contains("Siân Hughes (staff:" + supervisor + ")", "Gave the case to Cara Jones");
    }

    @Test
    void onlyTheMovesTheCaseAllowsAreOffered() {
        navigate("staff/cases/" + reference, CaseView.class);

        @SuppressWarnings("unchecked")
        Select<CaseStatus> status = find(Select.class).withId("status").single();
        assertThat(status.getListDataView().getItems()).containsExactly(CaseStatus.IN_TRIAGE, CaseStatus.IN_PROGRESS);
        assertThat(find(Select.class).withId("outcome").exists()).as("not finished before it is worked").isFalse();
    }

    @Test
    void aChangeSomeoneElseMadeMeanwhileIsShownAndNothingIsOverwritten() {
        navigate("staff/cases/" + reference, CaseView.class);
        @SuppressWarnings("unchecked")
        Select<CaseStatus> status = find(Select.class).withId("status").single();
        status.setValue(CaseStatus.IN_PROGRESS);

        moveTo(CaseStatus.IN_TRIAGE); // another officer, at the same time
        click("Change status");

        assertThat(text("case-notice")).startsWith("Someone else changed this case while you were looking at it.");
        assertThat(text("case-facts")).contains("In triage");
    }

    private void moveTo(CaseStatus status) {
        var current = work.open(reference);
        if (status == CaseStatus.IN_PROGRESS) {
            current = work.changeStatus(reference, current.version(), CaseStatus.IN_TRIAGE, null);
        }
        work.changeStatus(reference, current.version(), status, null);
    }

    private void click(String button) {
        test(find(NativeButton.class).withText(button).single()).click();
    }

    private String text(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }
}
