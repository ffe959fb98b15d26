package org.porth.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.porth.resident.Somebody.signIn;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.porth.apply.Applications;
import org.porth.apply.GardenWasteForm;
import org.porth.apply.SubmitResult;
import org.porth.apply.Submissions;
import org.porth.database.DatabaseProxy;
import org.porth.database.DatabaseProxy.Cut;
import org.porth.database.OnOwnPostgresSchema;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.porth.shared.MissedEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.TransactionException;

/**
 * What held when Porth was probed with outages, kept holding: PostgreSQL broken part way through a
 * Send (through a proxy between the portal and PostgreSQL: before the request is written, after it
 * is written but not committed, at the commit, and after the commit with its answer lost) and back,
 * and the mail server down and back. Whatever the break, the resident who presses Send again gets
 * one request, the council one case, and the resident one email: nothing lost, nothing twice.
 */
@SpringBootTest
@OnOwnPostgresSchema
class OutagesLoseNothingOnPostgresTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static DatabaseProxy proxy;

    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private Applications applications;
    @Autowired
    private Submissions submissions;
    @Autowired
    private DeliveryWorker worker;
    @Autowired
    private MissedEvents missedEvents;
    @Autowired
    private JdbcTemplate jdbc;

    private Somebody resident;
    private String draft;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws IOException {
        proxy = DatabaseProxy.forSchemaOf(OutagesLoseNothingOnPostgresTest.class, registry);
    }

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.close();
    }

    @BeforeEach
    void aFormReadyToSend() {
        proxy.restore();
        resident = Somebody.named("Owain");
        signIn(resident.asResident());
        profiles.current();
        draft = applications.start(GardenWasteForm.SERVICE).draftId();
        GardenWasteForm.complete(applications, draft, resident.email);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "cut {2} {1}")
    @CsvSource({
            ", insert into submitted_request, BEFORE_IT_ARRIVES, false",
            ", insert into submitted_request, AFTER_IT_IS_DONE, false",
            "insert into submitted_request, COMMIT, BEFORE_IT_ARRIVES, false",
            "insert into submitted_request, COMMIT, AFTER_IT_IS_DONE, true"})
    void theDatabaseBrokenPartWayThroughASendAndBackMakesOneRequestOneCaseAndOneEmail(String earlier, String statement,
            Cut cut, boolean committed) {
        if (earlier == null) {
            proxy.severWhenSent(statement, cut);
        } else {
            proxy.severWhenSent(earlier, statement, cut);
        }
        assertThatThrownBy(() -> submissions.submit(draft, true, Language.ENGLISH))
                .isInstanceOfAny(DataAccessException.class, TransactionException.class);
        proxy.restore();
        assertThat(requestsOfTheDraft()).as("sent, though the resident was told of a problem")
                .hasSize(committed ? 1 : 0);

        Instant again = Instant.now();
        String reference = sent(submissions.submit(draft, true, Language.ENGLISH));
        eventsNeverDeliveredAreResubmitted(reference, again);
        worker.runOnce(Instant.now());
        worker.runOnce(Instant.now().plus(Duration.ofHours(1)));

        assertOneRequestOneCaseOneEmail(reference);
    }

    @Test
    void withTheMailServerDownASentRequestIsEmailedOnceWhenItIsBack() {
        smtp.stop();
        String reference = sent(submissions.submit(draft, true, Language.ENGLISH));
        awaitEventsDelivered(reference);
        Instant now = Instant.now();

        worker.runOnce(now);
        assertThat(jdbc.queryForObject("select status from notification where reference = ? and channel = 'EMAIL'",
                String.class, reference)).as("waiting to be tried again").isEqualTo("PENDING");

        smtp.start();
        worker.runOnce(now.plus(Duration.ofHours(1)));
        worker.runOnce(now.plus(Duration.ofHours(3)));

        assertOneRequestOneCaseOneEmail(reference);
    }

    private static String sent(SubmitResult result) {
        assertThat(result).isInstanceOf(SubmitResult.Submitted.class);
        return ((SubmitResult.Submitted) result).reference().value();
    }

    /**
     * A Send whose commit went through but whose answer was lost leaves its events stored (before
     * {@code again}, when the resident pressed Send again) and never delivered: the registry marks
     * them failed after a while (10 minutes) and {@link MissedEvents} delivers them again, as this
     * does at once. The events of a Send that did commit normally are delivered as usual.
     */
    private void eventsNeverDeliveredAreResubmitted(String reference, Instant again) {
        jdbc.update("""
                update event_publication set status = 'FAILED', publication_date = ?
                where serialized_event like ? and completion_date is null and publication_date < ?""",
                Timestamp.from(again.minus(Duration.ofHours(1))), "%" + reference + "%", Timestamp.from(again));
        missedEvents.resubmit();
        awaitEventsDelivered(reference);
    }

    private void awaitEventsDelivered(String reference) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ? and completion_date is null",
                Integer.class, "%" + reference + "%"), pending -> pending == 0);
    }

    private void assertOneRequestOneCaseOneEmail(String reference) {
        assertThat(requestsOfTheDraft()).as("one request, with the reference the resident was given")
                .containsExactly(reference);
        assertThat(jdbc.queryForObject("select count(*) from service_case where reference = ?", Integer.class,
                reference)).as("one case").isEqualTo(1);
        assertThat(mailTo(resident.email)).as("one email").singleElement()
                .satisfies(message -> assertThat(message.getSubject()).contains(reference));
    }

    private List<String> requestsOfTheDraft() {
        return jdbc.queryForList("select reference from submitted_request where draft_id = ?", String.class, draft);
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(address);
            } catch (MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList();
    }
}
