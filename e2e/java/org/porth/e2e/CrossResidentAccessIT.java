package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.e2e.Acting.as;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.porth.apply.Applications;
import org.porth.apply.GardenWasteForm;
import org.porth.apply.Submissions;
import org.porth.apply.SubmitResult;
import org.porth.attachments.Attachments;
import org.porth.attachments.TestFiles;
import org.porth.attachments.UploadResult;
import org.porth.attachments.UploadSlot;
import org.porth.booking.ResidentBookings;
import org.porth.booking.SlotTime;
import org.porth.booking.internal.FreshSlots;
import org.porth.booking.internal.ResourceRegistry;
import org.porth.booking.internal.Schedule;
import org.porth.catalogue.UploadLimits;
import org.porth.forms.Answer;
import org.porth.resident.Consent;
import org.porth.resident.ConsentWording;
import org.porth.resident.ProfileChange;
import org.porth.resident.ProfileField;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.resident.TellUsOnce;
import org.porth.shared.Language;
import org.porth.shared.ReadableCode;
import org.porth.shared.Reference;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Another resident's things, opened by their address, are indistinguishable from things that do not
 * exist: each address of someone else's draft, request, confirmation, file, booking and consent
 * answers Sam, signed in in a browser, exactly as the same address with a made-up id does (the same
 * status, title, heading and page), and never with anything of theirs.
 */
class CrossResidentAccessIT extends PortalBrowserTest {

    @Autowired
    private Applications applications;
    @Autowired
    private Submissions submissions;
    @Autowired
    private Attachments attachments;
    @Autowired
    private ResidentBookings bookings;
    @Autowired
    private Schedule schedule;
    @Autowired
    private ResourceRegistry resources;
    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private TellUsOnce tellUsOnce;

    @Test
    void anotherResidentsThingsAnswerAsThingsThatDoNotExist() {
        Map<String, String> someoneElses = anotherResidentsAddresses();

        startBrowser(Viewport.DESKTOP);
        open("/my-requests");
        signInAs("sam");
        HttpVisitor samOverHttp = new HttpVisitor(url(""));
        samOverHttp.useSession(driver.manage().getCookieNamed(HttpVisitor.SESSION_COOKIE).getValue());

        someoneElses.forEach((theirs, madeUp) -> {
            HttpVisitor.Answer theirAnswer = samOverHttp.get(theirs);
            HttpVisitor.Answer madeUpAnswer = samOverHttp.get(madeUp);
            assertThat(theirAnswer.status()).as("the status of %s", theirs).isEqualTo(madeUpAnswer.status());
            assertThat(theirAnswer.headers().firstValue("Content-Type")).as("the type of %s", theirs)
                    .isEqualTo(madeUpAnswer.headers().firstValue("Content-Type"));
            assertThat(theirAnswer.headers().firstValue("Content-Disposition")).as(theirs).isEmpty();
            if (theirs.startsWith("/files/")) {
                assertThat(theirAnswer.status()).isEqualTo(404);
                assertThat(theirAnswer.body()).as("the body of %s", theirs).isEqualTo(madeUpAnswer.body());
            } else {
                assertThat(page(theirs)).as("the page at %s", theirs).isEqualTo(page(madeUp))
                        .startsWith("Page not found");
            }
        });
    }

    /** The title, heading and text of the page at this address, once Sam's browser has shown it. */
    private String page(String address) {
        open(address);
        assertThat(path()).as("still at %s", address).isEqualTo(address);
        return driver.getTitle() + "\n" + heading() + "\n" + driver.findElement(By.tagName("main")).getText();
    }

    /**
     * Each address of someone else's things, with the same address for things that do not exist: a
     * draft's pages, a sent request's pages, a file, a booking's pages and a consent.
     */
    private Map<String, String> anotherResidentsAddresses() {
        Somebody owner = Somebody.named("Owain");
        Map<String, String> addresses = new LinkedHashMap<>();
        as(owner.asResident(), () -> {
            String draft = applications.start(GardenWasteForm.SERVICE).draftId();
            String noDraft = UUID.randomUUID().toString();
            for (String page : new String[] {"address", "check", "share/email"}) {
                addresses.put("/apply/draft/" + draft + "/" + page, "/apply/draft/" + noDraft + "/" + page);
            }
            String notEligible = applications.start("housing-repair").draftId();
            GardenWasteForm.answer(applications, notEligible, "tenant", Answer.of("no"));
            addresses.put("/apply/draft/" + notEligible + "/cannot-use/tenant", "/apply/draft/" + noDraft + "/cannot-use/tenant");
            String file = ((UploadResult.Stored) attachments.upload(new UploadSlot.Question(draft, "photo"),
                    "photo.jpg", TestFiles.bytes("photo.jpg"), UploadLimits.DEFAULT)).file().id();
            String noFile = UUID.randomUUID().toString().replace("-", "");
            addresses.put("/files/" + file, "/files/" + noFile);
            addresses.put("/files/" + file + "/preview", "/files/" + noFile + "/preview");

            String sentDraft = applications.start(GardenWasteForm.SERVICE).draftId();
            GardenWasteForm.complete(applications, sentDraft, owner.email);
            String sent = ((SubmitResult.Submitted) submissions.submit(sentDraft, true, Language.ENGLISH)).reference().value();
            String notSent = Reference.random().value();
            addresses.put("/my-requests/" + sent, "/my-requests/" + notSent);
            addresses.put("/apply/sent/" + sent, "/apply/sent/" + notSent);

            SlotTime slot = new FreshSlots(schedule, resources).next("test-ten-places");
            String booked = bookings.book(slot, "cross-resident-" + UUID.randomUUID()).reference();
            String notBooked = ReadableCode.random("BKG");
            LocalDate nextDay = slot.start().toLocalDate().plusDays(1);
            for (String page : new String[] {"/confirmed", "/check", "/move", "/move/" + nextDay}) {
                addresses.put("/my-bookings/" + booked + page, "/my-bookings/" + notBooked + page);
            }

            String consent = tellUsOnce.shareChange(profiles.current().id(), ProfileChange.NONE.withPhone("07700 900 982"),
                    Consent.given(ConsentWording.forFields(Set.of(ProfileField.PHONE)))).orElseThrow().toString();
            addresses.put("/my-account/consents/" + consent + "/withdraw",
                    "/my-account/consents/" + UUID.randomUUID() + "/withdraw");
            return null;
        });
        return addresses;
    }
}
