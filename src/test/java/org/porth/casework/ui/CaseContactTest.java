package org.porth.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.casework.ContactClassified;
import org.porth.casework.ContactReason;
import org.porth.casework.internal.CaseOpening;
import org.porth.casework.internal.Teams;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.porth.tracking.SentRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** An officer helping a caller records why they called, in the caller's words, on the case. */
@RecordApplicationEvents
class CaseContactTest extends PortalViewTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CaseOpening opening;
    @Autowired
    private Catalogue catalogue;
    @Autowired
    private ResidentProfiles residents;
    @Autowired
    private Teams teams;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private ApplicationEvents events;

    private String reference;

    @BeforeEach
    void aResidentReportedAPotholeAndAHighwaysOfficerTakesTheirCall() {
        Somebody somebody = Somebody.named("Hywel");
        SecurityContextHolder.getContext().setAuthentication(somebody.asResident());
        reference = new SentRequests(jdbc, opening, catalogue)
                .pothole(residents.current().id().toString(), Channel.WEB, Instant.now());
        signIn(People.signedIn("Highways Officer " + somebody.family, null, Role.CASEWORKER));
        teams.join("highways", currentUser.get().orElseThrow().id(), false);
    }

    @Test
    void aChasingCallIsRecordedForStaffOnlyAndPublishedForInsight() {
        navigate("staff/cases/" + reference, CaseView.class);
        reason().setValue(ContactReason.CHASING);
        test(find(TextArea.class).withId("contact-note").single()).setValue("Asked when it will be filled");
        record();

        assertThat(timeline()).contains("Contact from the resident: I'm chasing: what's happening with it?",
                "Asked when it will be filled", "Internal");
        assertThat(events.stream(ContactClassified.class)).singleElement().satisfies(contact -> {
            assertThat(contact.reference()).isEqualTo(reference);
            assertThat(contact.serviceCode()).isEqualTo("pothole");
            assertThat(contact.reason()).isEqualTo("CHASING");
        });
    }

    @Test
    void withoutAReasonNothingIsRecordedAndTheOfficerIsToldWhy() {
        navigate("staff/cases/" + reference, CaseView.class);
        test(find(TextArea.class).withId("contact-note").single()).setValue("Rang about the bins");

        record();

        assertThat(reason().getErrorMessage()).isEqualTo("Choose why the resident contacted us");
        assertThat(find(TextArea.class).withId("contact-note").single().getValue()).isEqualTo("Rang about the bins");
        assertThat(events.stream(ContactClassified.class)).isEmpty();
    }

    @Test
    void theReasonsAreTheResidentsWordsInWelshToo() {
        chooseLanguage(Language.WELSH);
        navigate("staff/cases/" + reference, CaseView.class);

        assertThat(reason().getListDataView().getItems().map(reason().getItemLabelGenerator()))
                .containsExactly("Rwy'n holi: beth sy'n digwydd gyda hyn?", "Dydw i ddim yn deall beth ddywedoch chi wrthyf",
                        "Rwyf wedi dod i'r lle anghywir", "Rwyf eisoes wedi dweud wrthych am hyn",
                        "Mae angen rhywbeth newydd arnaf");
    }

    @SuppressWarnings("unchecked")
    private Select<ContactReason> reason() {
        return find(Select.class).withId("contact-reason").single();
    }

    private void record() {
        test(find(NativeButton.class).withText(english("case.action.contact.button")).single()).click();
    }

    private String timeline() {
        return find(Div.class).withId("case-timeline").single().getElement().getTextRecursively();
    }
}
