package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.porth.e2e.Acting.ALEX;
import static org.porth.e2e.Acting.CARA;
import static org.porth.e2e.Acting.SAM;
import static org.porth.e2e.Acting.as;
import static org.porth.e2e.HostileCase.shown;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.porth.apply.Applications;
import org.porth.apply.Submissions;
import org.porth.attachments.Attachments;
import org.porth.booking.AssistedBookings;
import org.porth.booking.BookingPages;
import org.porth.booking.ClosureAdministration;
import org.porth.booking.ResidentBookings;
import org.porth.booking.SlotTime;
import org.porth.booking.internal.FreshSlots;
import org.porth.booking.internal.ResourceRegistry;
import org.porth.booking.internal.Schedule;
import org.porth.casework.CaseWork;
import org.porth.casework.ResidentCases;
import org.porth.catalogue.Channel;
import org.porth.notify.InPortalNotifications;
import org.porth.resident.ContactPreferences;
import org.porth.resident.NewResident;
import org.porth.resident.PersonName;
import org.porth.resident.Profile;
import org.porth.resident.ProfileChange;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Script typed into any free-text field is stored as it was typed and shown as that text on every
 * page that shows it, to residents and staff, in a real browser: it never runs (the marker it sets
 * stays unset, no alert opens) and never becomes markup. The fields: a form's answers and file
 * names, messages both ways, the council's question, internal notes, the outcome, a resident's
 * and a caller's name, a booking's cancellation reason and a closure's reason.
 */
class StoredScriptIT extends PortalBrowserTest {

    private static final String GIVEN = HostileText.shortIn("given-name");
    private static final String FAMILY = "<script>window.__xss='family-name'</script>";
    private static final String CANCELLED = HostileText.in("cancel-reason");
    private static final String CLOSED = HostileText.in("closure");

    @Autowired
    private Applications applications;
    @Autowired
    private Submissions submissions;
    @Autowired
    private Attachments attachments;
    @Autowired
    private CaseWork work;
    @Autowired
    private ResidentCases cases;
    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private ResidentBookings bookings;
    @Autowired
    private AssistedBookings assisted;
    @Autowired
    private ClosureAdministration closures;
    @Autowired
    private InPortalNotifications notifications;
    @Autowired
    private Schedule schedule;
    @Autowired
    private ResourceRegistry resources;

    private HostileCase hostile;
    private PersonName samsName;

    @BeforeEach
    void theHostileCase() {
        hostile = new HostileCase(applications, submissions, attachments, work, cases);
    }

    @AfterEach
    void giveSamHisNameBack() {
        if (samsName != null) {
            as(SAM, () -> profiles.update(ProfileChange.NONE.withName(samsName)));
        }
    }

    @Test
    void aResidentSeesWhatTheyAndTheCouncilWroteAsText() {
        String checking = hostile.draft();
        String reference = hostile.sentAndAnswered();
        hostile.finish(reference);
        String cancelled = aBookingCancelledByTheCouncil();

        startBrowser(Viewport.PHONE);
        open("/idp/login?error=credentials&username=" + URLEncoder.encode(GIVEN, StandardCharsets.UTF_8));
        HostileText.assertShownAsText(driver, "the sign-in form with a name given in its address", List.of());
        assertThat(driver.findElement(By.id("username")).getDomProperty("value")).isEqualTo(GIVEN);
        open("/my-requests");
        signInAs("sam");
        samsName = as(SAM, () -> profiles.current().name());
        as(SAM, () -> profiles.update(ProfileChange.NONE.withName(new PersonName(GIVEN, FAMILY))));

        showsAsText("/apply/draft/" + checking + "/check", HostileCase.LOCATION, HostileCase.DETAILS,
                shown(HostileCase.PHOTO));
        showsAsText("/my-requests", reference);
        showsAsText("/my-requests/" + reference, HostileCase.LOCATION, HostileCase.DETAILS, shown(HostileCase.PHOTO),
                HostileCase.MESSAGE, HostileCase.QUESTION, HostileCase.REPLY, shown(HostileCase.REPLY_FILE),
                HostileCase.OUTCOME);
        assertThat(driver.findElement(By.tagName("main")).getText()).as("internal notes stay inside")
                .doesNotContain(HostileCase.NOTE);
        showsAsText("/my-account", GIVEN, FAMILY);
        showsAsText("/my-notifications", CANCELLED);
        showsAsText("/my-bookings", cancelled);
    }

    @Test
    void staffSeeWhatResidentsAndOfficersWroteAsText() {
        String reference = hostile.sentAndAnswered();
        Profile caller = as(CARA, () -> profiles.createForCaller(new NewResident(new PersonName(GIVEN, "Tester"
                + UUID.randomUUID().toString().substring(0, 8)), null, null, null, null, Language.ENGLISH,
                new ContactPreferences(false, false, false))));
        SlotTime slot = new FreshSlots(schedule, resources).next("test-ten-places");
        as(CARA, () -> assisted.bookFor(caller.id(), slot, Channel.PHONE, "hostile-" + UUID.randomUUID()));

        startBrowser(Viewport.DESKTOP);
        open("/staff/queues");
        signInAs("cara");
        click(button("Highway inspections"));
        driver.findElement(By.cssSelector("#queue-cases vaadin-text-field input")).sendKeys(reference);
        waitUntil(d -> d.findElement(By.id("queue-cases")).getText().contains(reference));
        showsAsText("the work queue", "__xss='location'");

        showsAsText("/staff/callers");
        driver.findElement(By.cssSelector("#caller-query input")).sendKeys(caller.name().family());
        click(button("Search"));
        showsAsText("the callers found", GIVEN);
        click(driver.findElement(By.cssSelector("#caller-results a")));
        showsAsText("the caller's page", GIVEN);
        showsAsText("/" + BookingPages.day("test-ten-places", slot.start().toLocalDate()), GIVEN);

        hostile.finish(reference);
        showsAsText("/staff/cases/" + reference, HostileCase.LOCATION, HostileCase.DETAILS, shown(HostileCase.PHOTO),
                HostileCase.NOTE, HostileCase.MESSAGE, HostileCase.QUESTION, HostileCase.REPLY,
                shown(HostileCase.REPLY_FILE), HostileCase.OUTCOME);
    }

    @Test
    void administratorsSeeAClosuresReasonAsText() {
        LocalDate farAhead = LocalDate.now(Schedule.ZONE).plusYears(3);
        long closure = as(ALEX, () -> closures.close(
                new ClosureAdministration.Closing("test-one-place", farAhead, farAhead, CLOSED, false)).id());
        try {
            startBrowser(Viewport.DESKTOP);
            open("/staff/admin/bookings");
            signInAs("alex");
            showsAsText("the bookings administration", CLOSED);
        } finally {
            as(ALEX, () -> {
                closures.reopen(closure);
                return null;
            });
        }
    }

    /** One of Sam's bookings, cancelled by Cara with a reason Sam is told in the portal; its reference. */
    private String aBookingCancelledByTheCouncil() {
        SlotTime slot = new FreshSlots(schedule, resources).next("test-ten-places");
        String reference = as(SAM, () -> bookings.book(slot, "hostile-" + UUID.randomUUID()).reference());
        as(CARA, () -> assisted.cancel(reference, CANCELLED));
        await().atMost(Duration.ofSeconds(20)).until(() -> as(SAM, () -> notifications.latest(InPortalNotifications.MOST)
                .stream().anyMatch(notification -> notification.text().contains(CANCELLED))));
        return reference;
    }

    /** Opens the page (an address) or looks at the one shown (a description), and checks what it shows. */
    private void showsAsText(String page, String... texts) {
        if (page.startsWith("/")) {
            open(page);
        }
        HostileText.assertShownAsText(driver, page, List.of(texts));
    }
}
