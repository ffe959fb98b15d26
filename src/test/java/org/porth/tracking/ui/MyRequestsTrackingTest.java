package org.porth.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseWork;
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
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * My requests with requests from the web and by phone: each with its status in plain words, its due
 * date in working days or "Overdue", and a clear marker where the council waits for the resident.
 */
class MyRequestsTrackingTest extends PortalViewTest {

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

    private String online;
    private String byPhone;

    @BeforeEach
    void aRequestOnlineWaitingForTheResidentAndAnOverdueOneByPhone() {
        Somebody somebody = Somebody.named("Megan");
        Authentication resident = somebody.asResident();
        SecurityContextHolder.getContext().setAuthentication(resident);
        String residentId = residents.current().id().toString();
        SentRequests sent = new SentRequests(jdbc, opening, catalogue);
        byPhone = sent.pothole(residentId, Channel.PHONE, Instant.now().minus(30, ChronoUnit.DAYS));
        online = sent.pothole(residentId, Channel.WEB, Instant.now());
        jdbc.update("update service_case set due_at = ? where reference = ?",
                Timestamp.from(Instant.now().minus(3, ChronoUnit.DAYS)), byPhone);
        SecurityContextHolder.getContext().setAuthentication(People.signedIn("Officer " + somebody.family, null,
                Role.CASEWORKER));
        teams.join("highways", currentUser.get().orElseThrow().id(), false);
        CaseDetails working = work.changeStatus(online, work.open(online).version(), CaseStatus.IN_PROGRESS, null);
        work.requestInformation(online, working.version(), "Which side of the road?");
        signIn(resident);
    }

    @Test
    void eachRequestSaysWhereItStandsWhenItIsDueAndWhetherWeWaitForTheResident() {
        navigate(MyRequestsView.class);

        assertThat(card(online)).contains(online, "We need more information from you", "Waiting for your reply", "Online")
                .doesNotContain("Due");
        assertThat(card(byPhone)).contains(byPhone, "Received", "Overdue: it was due on", "By phone")
                .doesNotContain("We need more information from you");
        assertThat(find(Anchor.class).withText("Report a pothole").all()).extracting(Anchor::getHref)
                .containsExactly("my-requests/" + online, "my-requests/" + byPhone);
    }

    @Test
    void inWelsh() {
        navigate(MyRequestsView.class);
        chooseLanguage(Language.WELSH);

        assertThat(card(online)).contains(welsh("tracking.waiting-for-you"), welsh("tracking.status.AWAITING_RESIDENT"));
        assertThat(card(byPhone)).contains("Yn hwyr: roedd i fod erbyn", welsh("my-requests.channel.PHONE"));
    }

    private String card(String reference) {
        return find(Div.class).withId("request-" + reference).single().getElement().getTextRecursively();
    }
}
