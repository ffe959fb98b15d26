package org.porth.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.PushConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.casework.CaseCoordination;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseWork;
import org.porth.casework.Cases;
import org.porth.casework.internal.CaseFixtures;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.shell.StaffHomeView;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Officer A has a page open; officer B, in another session, changes a case through the services.
 * A's page shows it without a reload and says it politely to screen readers, in A's language.
 */
class LiveCaseUpdatesTest extends PortalViewTest {

    private static final Duration PUSHED_WITHIN = Duration.ofSeconds(10);

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private CaseWork work;
    @Autowired
    private Cases cases;
    @Autowired
    private CaseCoordination coordination;

    private CaseFixtures fixtures;
    private Authentication officerA;
    private Authentication officerB;
    private String reference;

    @BeforeEach
    void twoOfficersOfOneTeamAndACase() {
        fixtures = new CaseFixtures(jdbc);
        reference = fixtures.opened(CaseStatus.IN_TRIAGE, Instant.now(), Instant.now().plus(Duration.ofDays(5)));
        officerB = People.signedIn("Officer B " + fixtures.queue, null, Role.CASEWORKER);
        SecurityContextHolder.getContext().setAuthentication(officerB);
        fixtures.member(currentUser.get().orElseThrow().id());
        signIn(People.signedIn("Officer A " + fixtures.queue, null, Role.CASEWORKER));
        officerA = SecurityContextHolder.getContext().getAuthentication();
        fixtures.member(currentUser.get().orElseThrow().id());
    }

    @Test
    void anotherOfficersStatusChangeShowsOnTheOpenCasePageAndIsAnnounced() {
        navigate("staff/cases/" + reference, CaseView.class);
        assertThat(text("case-facts")).contains("In triage");

        asOfficerB(() -> work.changeStatus(reference, work.open(reference).version(), CaseStatus.IN_PROGRESS, null));

        String announced = "Case " + reference + " has changed: its status changed.";
        await().pollInSameThread().atMost(PUSHED_WITHIN).untilAsserted(() -> {
            roundTrip();
            assertThat(text("case-facts")).contains("In progress");
        });
        assertThat(text(CaseUpdates.NOTICE_ID)).isEqualTo(announced + " The page now shows the case as it is.");
        assertThat(text("live-announcements")).isEqualTo(announced);
        assertThat(find(Div.class).withId("live-announcements").single().getElement().getAttribute("aria-live"))
                .isEqualTo("polite");
    }

    @Test
    void inWelshTheAnnouncementIsWelsh() {
        chooseLanguage(Language.WELSH);
        navigate("staff/cases/" + reference, CaseView.class);

        asOfficerB(() -> work.addNote(reference, "Called the resident back"));

        await().pollInSameThread().atMost(PUSHED_WITHIN).untilAsserted(() -> {
            roundTrip();
            assertThat(text("live-announcements")).isEqualTo("Mae achos " + reference + " wedi newid: ychwanegwyd nodyn.");
        });
        assertThat(text(CaseUpdates.NOTICE_ID)).endsWith("Mae'r dudalen bellach yn dangos yr achos fel y mae.");
        assertThat(text("case-timeline")).contains("Called the resident back");
    }

    @Test
    void whatTheOfficerHasTypedIsKeptUntilTheyChooseToSeeTheCaseAsItIsNow() {
        navigate("staff/cases/" + reference, CaseView.class);
        TextArea note = find(TextArea.class).withId("note").single();
        note.setValue("Crew booked for Thursday");

        asOfficerB(() -> work.changeStatus(reference, work.open(reference).version(), CaseStatus.IN_PROGRESS, null));

        await().pollInSameThread().atMost(PUSHED_WITHIN).untilAsserted(() -> {
            roundTrip();
            assertThat(text(CaseUpdates.NOTICE_ID)).startsWith("Case " + reference
                    + " has changed: its status changed. What you have typed is kept.");
        });
        assertThat(note.getValue()).isEqualTo("Crew booked for Thursday");
        assertThat(text("case-facts")).contains("In triage");

        test(find(NativeButton.class).withText("Show the case as it is now").single()).click();

        assertThat(text("case-facts")).contains("In progress");
    }

    @Test
    void aCaseTakenFromTheQueueByAnotherOfficerUpdatesTheOpenQueueCounts() {
        fixtures.waitingFor("resident-" + reference, Instant.now().plus(Duration.ofDays(5)));
        navigate(QueuesView.class);
        String before = counts();

        asOfficerB(cases::takeNext);

        await().pollInSameThread().atMost(PUSHED_WITHIN).untilAsserted(() -> {
            roundTrip();
            assertThat(text("live-announcements")).isEqualTo("The queue counts have changed.");
        });
        assertThat(counts()).isNotEqualTo(before);
    }

    @Test
    void aCaseGivenToTheOfficerWhileYourWorkIsOpenJoinsTheirCasesAndIsAnnounced() {
        navigate(StaffHomeView.class);
        assertThat(text("your-cases")).contains("Your open cases (0)");
        String officerAId = currentUser.get().orElseThrow().id();
        officerB = People.signedIn("Supervisor B " + fixtures.queue, null, Role.CASEWORKER, Role.SUPERVISOR);
        asOfficerB(() -> fixtures.member(currentUser.get().orElseThrow().id()));

        asOfficerB(() -> coordination.assign(reference, work.open(reference).version(), officerAId));

        await().pollInSameThread().atMost(PUSHED_WITHIN).untilAsserted(() -> {
            roundTrip();
            assertThat(text("your-cases")).contains("Your open cases (1)");
        });
        assertThat(text("live-announcements")).startsWith("Case " + reference + " has changed");
    }

    @Test
    void pagesArePushedToOverAWebSocketFallingBackToLongPolling() {
        navigate(QueuesView.class);

        PushConfiguration push = UI.getCurrent().getPushConfiguration();
        assertThat(push.getPushMode()).isEqualTo(PushMode.AUTOMATIC);
        assertThat(push.getTransport()).isEqualTo(Transport.WEBSOCKET_XHR);
        assertThat(push.getFallbackTransport()).isEqualTo(Transport.LONG_POLLING);
    }

    private void asOfficerB(Runnable change) {
        SecurityContextHolder.getContext().setAuthentication(officerB);
        try {
            change.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(officerA);
        }
    }

    private String counts() {
        return find(NativeTable.class).withId("queue-counts").single().getElement().getTextRecursively();
    }

    private String text(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }
}
