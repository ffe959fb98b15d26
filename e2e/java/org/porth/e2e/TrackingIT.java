package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.porth.browserless.People;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseWork;
import org.porth.casework.NoSuchCaseException;
import org.porth.casework.Outcome;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shared.Translations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Track and talk, from the resident's side: they report a dangerous pothole; the officer asks for
 * more; My requests says "We need more information"; they reply with a photo; the officer finishes
 * it; they read the outcome, say it did not solve the problem, and the case is back in its queue.
 * On the way they are emailed (read from an SMTP server in the test) that the request was received
 * and that more information is needed, and see the first in their notifications in the portal.
 * Sam in English on a phone, Rhian in Welsh on a desktop, every page also scanned at the other width.
 */
class TrackingIT extends PortalBrowserTest {

    private static final Path PHOTO = Path.of("src/test/resources/files/photo.jpg");
    private static final Path NOT_A_PHOTO = Path.of("src/test/resources/files/notes.png");

    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(20);

    private final FormPages form = new FormPages(this);

    @Autowired
    private CaseWork work;
    @Autowired
    private JdbcTemplate jdbc;

    /** The portal's SMTP port for these tests (PortalBrowserTest): the mail server listens on it. */
    @Value("${spring.mail.port}")
    private int smtpPort;

    private GreenMail mail;

    @BeforeEach
    void startTheMailServer() {
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    @AfterEach
    void stopTheMailServer() {
        mail.stop();
    }

    @AfterEach
    void signOutOfTheServices() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @CsvSource({"sam, false, PHONE", "rhian, true, DESKTOP"})
    void aResidentFollowsTheirRequestRepliesWithAPhotoAndReopensIt(String resident, boolean inWelsh, Viewport viewport) {
        welsh = inWelsh;
        startBrowser(viewport);
        String reference = reportADangerousPothole(resident);
        // the address on their record (other tests change Sam's)
        String address = jdbc.queryForObject("select email from resident where account_id = ?", String.class,
                "resident:" + resident);
        assertEmailed(address, t("notify.received.subject", reference), reference);
        seeTheNotificationInThePortal(t("notify.received.subject", reference));

        CaseDetails working = asOfficer(() -> {
            CaseDetails opened = work.open(reference);
            return work.changeStatus(reference, opened.version(), CaseStatus.IN_PROGRESS, null);
        });
        asOfficer(() -> work.requestInformation(reference, working.version(), "Is it in the bus lane?"));
        assertEmailed(address, t("notify.more-information.subject", reference), reference);

        open("/my-requests");
        assertThat(driver.findElement(By.id("request-" + reference)).getText())
                .contains(t("tracking.waiting-for-you"), t("tracking.status.AWAITING_RESIDENT"));
        assertAccessibleOnBothScreens("My requests, waiting for the resident", viewport);

        click(driver.findElement(By.cssSelector("#request-" + reference + " h2 a")));
        assertThat(heading()).isEqualTo(t("tracking.request.title", reference));
        assertThat(driver.findElement(By.id("waiting")).getText()).contains("Is it in the bus lane?");
        click(button(t("tracking.message.send")));
        assertThat(form.errorSummary()).contains(t("case.message.required"));
        assertAccessibleOnBothScreens("the request page, an empty reply refused", viewport);

        driver.findElement(By.cssSelector("#message textarea")).sendKeys("Yes, by the stop.");
        attach(NOT_A_PHOTO);
        waitUntil(d -> d.findElement(By.id("message-files")).getText().contains(text("notes.png must be a JPG",
                "Rhaid i notes.png fod yn ffeil JPG")));
        assertThat(form.errorSummary()).contains("notes.png");
        assertAccessible("the request page, a file refused");
        attach(PHOTO);
        waitUntil(d -> d.findElement(By.id("message-files")).getText().contains("photo.jpg"));
        tabTo("send-message");
        assertThat(driver.findElement(By.cssSelector("#message textarea")).getAttribute("value"))
                .as("nothing typed is lost").isEqualTo("Yes, by the stop.");
        press(Keys.ENTER);
        assertThat(driver.findElement(By.id("notice")).getText()).isEqualTo(t("tracking.message.sent"));
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("Yes, by the stop.", "photo.jpg",
                t("tracking.timeline.CLOCK_RESUMED", "").strip());

        CaseDetails replied = asOfficer(() -> work.open(reference));
        assertThat(replied.timeline()).anySatisfy(item -> assertThat(item.files()).isNotEmpty());
        asOfficer(() -> work.end(reference, replied.version(), Outcome.FIXED, "We made it safe the same day."));

        open("/my-requests/" + reference);
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains(t("tracking.outcome.FIXED"), "We made it safe the same day.", t("tracking.feedback.title"));
        assertAccessibleOnBothScreens("the request page, resolved", viewport);
        form.choose(t("tracking.feedback.no"));
        click(button(t("tracking.feedback.send")));
        assertThat(form.errorSummary()).contains(t("case.comment.required"));
        driver.findElement(By.cssSelector("#comment textarea")).sendKeys("It has opened up again.");
        click(button(t("tracking.feedback.send")));
        assertThat(driver.findElement(By.id("notice")).getText()).isEqualTo(t("tracking.feedback.reopened"));
        assertAccessibleOnBothScreens("the request page, reopened", viewport);

        CaseDetails reopened = asOfficer(() -> work.open(reference));
        assertThat(reopened.summary().status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(reopened.summary().assignedTo()).as("back in the queue, for anyone to take").isNull();
        assertThat(reopened.summary().queueId()).isEqualTo(working.summary().queueId());
    }

    @ParameterizedTest
    @CsvSource({"sam, false, PHONE", "rhian, true, PHONE"})
    void aResidentThinksAgainBeforeWithdrawingARequest(String resident, boolean inWelsh, Viewport viewport) {
        welsh = inWelsh;
        startBrowser(viewport);
        String reference = reportADangerousPothole(resident);
        open("/my-requests/" + reference);
        driver.findElement(By.cssSelector("#withdraw-reason textarea")).sendKeys("Someone filled it in.");
        click(driver.findElement(By.id("send-withdraw")));

        assertThat(heading()).isEqualTo(t("fixes.withdraw.title", reference));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(t("fixes.withdraw.consequence"),
                t("fixes.withdraw.reason", "Someone filled it in."));
        assertAccessibleOnBothScreens("withdrawing a request: are you sure?", viewport);
        click(link(t("fixes.go-back")));
        // the address changes before the request's page replaces the question's: wait for its heading
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                t("tracking.request.title", reference)));
        assertThat(heading()).isEqualTo(t("tracking.request.title", reference));
        assertThat(asOfficer(() -> work.open(reference)).summary().status()).as("nothing withdrawn yet")
                .isNotEqualTo(CaseStatus.WITHDRAWN);

        driver.findElement(By.cssSelector("#withdraw-reason textarea")).sendKeys("Someone filled it in.");
        click(driver.findElement(By.id("send-withdraw")));
        click(driver.findElement(By.id("confirm-withdraw")));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(t("tracking.withdraw.done"));
        assertThat(asOfficer(() -> work.open(reference)).summary().status()).isEqualTo(CaseStatus.WITHDRAWN);
    }

    private String reportADangerousPothole(String resident) {
        open("/my-requests");
        signInAs(resident);
        // the language their record keeps for letters and emails: other tests choose Welsh as Sam
        jdbc.update("update resident set preferred_language = ? where account_id = ?",
                welsh ? "WELSH" : "ENGLISH", "resident:" + resident);
        open("/services/pothole");
        click(link(t("catalogue.start.button")));
        form.findStreet("location", "Stryd Fawr", "Outside the Red Lion");
        form.continueOn();
        form.choose(text("In the road", "Yn y ffordd"));
        form.continueOn();
        form.choose(text("Bigger than a dinner plate", "Mwy na phlât cinio"));
        form.continueOn();
        form.choose(t("form.answer.yes"));
        form.continueOn();
        form.continueOn();
        form.continueOn();
        form.type("email", resident + ".tracking@example.com");
        form.continueOn();
        if (!driver.findElements(By.cssSelector("vaadin-radio-button")).isEmpty()) {
            form.choose(t("share.no"));
            form.continueOn();
        }
        driver.findElement(By.cssSelector("vaadin-checkbox#declaration")).click();
        click(button(t("check.accept-and-send")));
        String reference = driver.findElement(By.cssSelector(".porth-panel .porth-reference")).getText();
        waitUntil(d -> caseIsOpen(reference));
        return reference;
    }

    /**
     * The email with this subject arrives at the resident's address, in their language, with the
     * reference and the link to the request's page, and nothing personal: not their name, what
     * they reported, the contact address they typed, nor the officer's question.
     */
    private void assertEmailed(String address, String subject, String reference) {
        String wanted = subject + " to " + address;
        await().atMost(MAIL_TIMEOUT).untilAsserted(() -> assertThat(arrived()).contains(wanted));
        MimeMessage email = Arrays.stream(mail.getReceivedMessages())
                .filter(received -> describe(received).equals(wanted)).findFirst().orElseThrow();
        assertThat(plainText(email)).contains(reference, url("/my-requests/" + reference),
                        text("Porth County Council", "Cyngor Sir Porth"))
                .doesNotContain("Sam", "Taylor", "Rhian", "Evans", "Red Lion", "Stryd Fawr", "tracking@example.com",
                        "bus lane");
    }

    /** Each email the mail server has received, as its subject and to whom. */
    private List<String> arrived() {
        return Arrays.stream(mail.getReceivedMessages()).map(TrackingIT::describe).toList();
    }

    private static String describe(MimeMessage email) {
        try {
            return email.getSubject() + " to " + Arrays.stream(email.getAllRecipients()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String plainText(MimeMessage email) {
        try {
            return (String) email.getContent();
        } catch (IOException | MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /**
     * The navigation says how many notifications are unread, as many as the page lists with "Mark as
     * read", and this one is among them (other tests notify the same demo residents).
     */
    private void seeTheNotificationInThePortal(String title) {
        open("/my-notifications");
        assertThat(heading()).isEqualTo(t("my-notifications.title"));
        assertThat(driver.findElement(By.id("notifications")).getText()).contains(title, t("my-notifications.new"));
        // one "Mark as read: <title>" per unread notification; "Mark all as read" is not one of them
        List<String> markAsRead = driver.findElements(By.cssSelector("#notifications button")).stream()
                .map(button -> button.getAttribute("aria-label"))
                .filter(label -> label != null && label.startsWith(t("my-notifications.mark-read.label", ""))).toList();
        assertThat(markAsRead).contains(t("my-notifications.mark-read.label", title));
        assertThat(driver.findElement(By.cssSelector("a[href$='my-notifications']")).getAttribute("textContent"))
                .isEqualTo(t("my-notifications.link.unread", markAsRead.size()));
        assertAccessible("my notifications, the request received");
    }

    /** The case is opened just after the request is sent, once the event reaches casework. */
    private boolean caseIsOpen(String reference) {
        try {
            asOfficer(() -> work.open(reference));
            return true;
        } catch (NoSuchCaseException notYet) {
            return false;
        }
    }

    private void attach(Path file) {
        driver.findElement(By.id("message-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    private void assertAccessibleOnBothScreens(String page, Viewport viewport) {
        assertAccessible(page);
        assertNoSidewaysScrolling(page);
        Viewport other = viewport == Viewport.PHONE ? Viewport.DESKTOP : Viewport.PHONE;
        driver.manage().window().setSize(new Dimension(other.width(), other.height()));
        assertAccessible(page + " at " + other.width() + " px");
        assertNoSidewaysScrolling(page + " at " + other.width() + " px");
        driver.manage().window().setSize(new Dimension(viewport.width(), viewport.height()));
    }

    private <T> T asOfficer(Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(People.demoAccount("cara", "Cara Jones", Role.CASEWORKER));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String t(String key, Object... parameters) {
        return Translations.get(welsh ? Language.WELSH : Language.ENGLISH, key, parameters);
    }
}
