package org.porth.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.attachments.Attachments;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.TestFiles;
import org.porth.attachments.UploadResult;
import org.porth.attachments.UploadSlot;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.casework.ResidentCases;
import org.porth.casework.internal.CaseOpening;
import org.porth.casework.internal.Teams;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.catalogue.UploadLimits;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.tracking.SentRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The officer writes to the resident from the case view, and sees the resident's messages with their files. */
class CaseMessagesTest extends PortalViewTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CaseOpening opening;
    @Autowired
    private Catalogue catalogue;
    @Autowired
    private ResidentProfiles residents;
    @Autowired
    private ResidentCases residentCases;
    @Autowired
    private Attachments attachments;
    @Autowired
    private Teams teams;
    @Autowired
    private CurrentUser currentUser;

    private String reference;
    private StoredFile photo;

    @BeforeEach
    void theResidentWroteWithAPhotoAndAHighwaysOfficerOpensTheCase() {
        Somebody somebody = Somebody.named("Nia");
        Authentication resident = somebody.asResident();
        SecurityContextHolder.getContext().setAuthentication(resident);
        reference = new SentRequests(jdbc, opening, catalogue)
                .pothole(residents.current().id().toString(), Channel.WEB, Instant.now());
        photo = ((UploadResult.Stored) attachments.upload(new UploadSlot.Message(reference), "pothole.jpg",
                TestFiles.bytes("photo.jpg"), UploadLimits.DEFAULT)).file();
        residentCases.write(reference, "It is getting deeper.", List.of(photo.id()));
        signIn(People.signedIn("Highways Officer " + somebody.family, null, Role.CASEWORKER));
        teams.join("highways", currentUser.get().orElseThrow().id(), false);
    }

    @Test
    void theResidentsMessageAndPhotoAreInTheTimeline() {
        navigate("staff/cases/" + reference, CaseView.class);

        assertThat(timeline()).contains("Message from the resident", "It is getting deeper.", "pothole.jpg");
        assertThat(find(Anchor.class).withText("pothole.jpg").single().getHref()).isEqualTo("/files/" + photo.id());
    }

    @Test
    void anEmptyMessageIsRefusedThenTheMessageIsSentAndTheResidentCanSeeIt() {
        navigate("staff/cases/" + reference, CaseView.class);
        test(find(NativeButton.class).withText("Send to the resident").single()).click();
        assertThat(find(TextArea.class).withId("message").single().getErrorMessage()).isEqualTo("Enter your message");

        find(TextArea.class).withId("message").single().setValue("We will fill it on Thursday.");
        test(find(NativeButton.class).withText("Send to the resident").single()).click();

        assertThat(timeline()).contains("Message to the resident", "We will fill it on Thursday.", "Resident can see");
    }

    private String timeline() {
        return find(Div.class).withId("case-timeline").single().getElement().getTextRecursively();
    }
}
