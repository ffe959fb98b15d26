package org.porth.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.porth.resident.Somebody.signIn;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.porth.apply.RequestSubmitted;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseReplies;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseWork;
import org.porth.casework.Outcome;
import org.porth.casework.internal.CaseFixtures;
import org.porth.catalogue.Channel;
import org.porth.forms.Answers;
import org.porth.identity.CurrentUser;
import org.porth.identity.SystemTask;
import org.porth.notify.NotificationChannel;
import org.porth.notify.NotificationKind;
import org.porth.resident.ContactPreferences;
import org.porth.resident.Profile;
import org.porth.resident.ProfileChange;
import org.porth.resident.ResidentAddress;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.porth.shared.MissedEvents;
import org.porth.shared.Postcode;
import org.porth.shared.Reference;
import org.porth.shared.Translations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a resident hears as an officer works their case: each change once, on the channels they
 * chose (email unless they said otherwise, and always in the portal), in their language, with the
 * reference and a link to the request and no other personal data. The email is read from a real
 * SMTP server in the test JVM.
 */
@SpringBootTest
class ResidentNotificationsTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private CaseWork work;
    @Autowired
    private CaseReplies replies;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private DeliveryWorker worker;
    @Autowired
    private ResidentNotifier notifier;
    @Autowired
    private MissedEvents missedEvents;
    @Autowired
    private NotifyProperties properties;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private JdbcTemplate jdbc;

    private CaseFixtures team;
    private Somebody resident;

    @BeforeEach
    void aTeamOfItsOwn() {
        team = new CaseFixtures(jdbc);
        resident = Somebody.named("Ffion");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void askedForMoreInformationTheResidentIsToldByEmailAndInThePortalInTheirLanguageWithNothingPersonal(
            Language language) throws Exception {
        Profile profile = residentWho(language, ContactPreferences.DEFAULT);
        String reference = team.waitingFor(profile.id().toString(), Instant.now().plusSeconds(7 * 24 * 3600));
        CaseDetails worked = asOfficer(() -> work.changeStatus(reference, 0, CaseStatus.IN_PROGRESS, null));

        asOfficer(() -> work.requestInformation(reference, worked.version(), "Which bin was it, Ffion?"));

        List<Row> told = told(reference, NotificationKind.MORE_INFORMATION);
        assertThat(told).extracting(Row::channel).containsExactlyInAnyOrder(NotificationChannel.EMAIL,
                NotificationChannel.IN_PORTAL);
        String link = properties.requestLink(reference);
        for (Row row : told) {
            assertThat(row.subject()).isEqualTo(
                    Translations.get(language, "notify.more-information.subject", reference));
            assertThat(row.body()).contains(reference, link).doesNotContain(resident.given, resident.family,
                    resident.email, "07700 900123", "1 Heol y Bont", "CF10", "Which bin");
        }
        assertThat(told).filteredOn(row -> row.channel() == NotificationChannel.EMAIL).singleElement()
                .satisfies(row -> assertThat(row.address()).isEqualTo(resident.email));

        worker.runOnce(Instant.now());
        List<MimeMessage> mail = mailTo(resident.email);
        assertThat(mail).as("one email for the change of status, one for the question").hasSize(2);
        assertThat(mail).filteredOn(message -> subject(message).equals(
                Translations.get(language, "notify.more-information.subject", reference))).singleElement()
                .satisfies(message -> assertThat(GreenMailUtil.getBody(message)).contains(reference));
    }

    @Test
    void everyChangeTheResidentCaresAboutIsToldOnceWithWhatItNeeds() {
        Profile profile = residentWho(Language.ENGLISH, ContactPreferences.DEFAULT);
        String reference = team.waitingFor(profile.id().toString(), Instant.now().plusSeconds(7 * 24 * 3600));

        CaseDetails inProgress = asOfficer(() -> work.changeStatus(reference, 0, CaseStatus.IN_PROGRESS, null));
        CaseDetails asked = asOfficer(() -> work.requestInformation(reference, inProgress.version(), "Which bin?"));
        signIn(resident.asResident());
        Instant due = replies.reply(reference, "The green one");
        CaseDetails replied = asOfficer(() -> work.open(reference));
        asOfficer(() -> work.end(reference, replied.version(), Outcome.FIXED, "We collected your green bin."));

        assertThat(asked.version()).isGreaterThan(inProgress.version());
        assertThat(told(reference, NotificationKind.STATUS_CHANGED)).hasSize(2)
                .allSatisfy(row -> assertThat(row.body()).contains("is now: in progress"));
        assertThat(told(reference, NotificationKind.MORE_INFORMATION)).hasSize(2);
        assertThat(told(reference, NotificationKind.DUE_DATE_MOVED)).hasSize(2).allSatisfy(row -> assertThat(row.body())
                .contains(org.porth.shared.DateText.format(due, java.time.ZoneId.of("Europe/London"), Language.ENGLISH)));
        assertThat(told(reference, NotificationKind.RESOLVED)).hasSize(2)
                .allSatisfy(row -> assertThat(row.body()).contains("We collected your green bin."));
    }

    @Test
    void aMessageFromTheCouncilIsToldWithoutItsWords() {
        Profile profile = residentWho(Language.ENGLISH, ContactPreferences.DEFAULT);
        String reference = team.waitingFor(profile.id().toString(), Instant.now().plusSeconds(7 * 24 * 3600));

        asOfficer(() -> work.messageResident(reference, "Your neighbour at number 4 says the bin is theirs."));

        assertThat(told(reference, NotificationKind.MESSAGE)).hasSize(2).allSatisfy(row -> {
            assertThat(row.subject()).isEqualTo("New message about your request " + reference);
            assertThat(row.body()).contains(properties.requestLink(reference)).doesNotContain("neighbour");
        });
    }

    @Test
    void aSubmittedRequestIsAcknowledgedWithItsReference() {
        Profile profile = residentWho(Language.WELSH, ContactPreferences.DEFAULT);
        Reference reference = Reference.random();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(
                new RequestSubmitted(UUID.randomUUID().toString(), reference, "missed-bin", 1, profile.id().toString(),
                        Channel.WEB, null, Instant.now(), Answers.NONE)));

        assertThat(told(reference.value(), NotificationKind.RECEIVED)).hasSize(2).allSatisfy(row -> {
            assertThat(row.subject()).isEqualTo("Rydym wedi cael eich cais " + reference.value());
            assertThat(row.body()).contains(properties.requestLink(reference.value()));
        });
    }

    @Test
    void aChangeWhoseNotificationsWereNeverWrittenIsToldWhenMissedEventsAreResubmitted() {
        Profile profile = residentWho(Language.ENGLISH, ContactPreferences.DEFAULT);
        String reference = team.waitingFor(profile.id().toString(), Instant.now().plusSeconds(7 * 24 * 3600));
        asOfficer(() -> work.changeStatus(reference, 0, CaseStatus.IN_PROGRESS, null));
        assertThat(told(reference, NotificationKind.STATUS_CHANGED)).hasSize(2);
        // as if the process stopped after the change committed, before the listener's transaction did,
        // and the registry's staleness check then marked the publication failed
        jdbc.update("delete from notification where reference = ?", reference);
        jdbc.update("""
                update event_publication set completion_date = null, status = 'FAILED', publication_date = ?
                where serialized_event like ?""", Timestamp.from(Instant.now().minusSeconds(3600)), "%" + reference + "%");

        missedEvents.resubmit();

        assertThat(told(reference, NotificationKind.STATUS_CHANGED)).extracting(Row::channel)
                .containsExactlyInAnyOrder(NotificationChannel.EMAIL, NotificationChannel.IN_PORTAL);
    }

    @Test
    void aResidentWhoTurnedEmailOffIsToldOnlyInThePortal() {
        Profile profile = residentWho(Language.ENGLISH, new ContactPreferences(false, false, true));
        String reference = team.waitingFor(profile.id().toString(), Instant.now().plusSeconds(7 * 24 * 3600));

        asOfficer(() -> work.changeStatus(reference, 0, CaseStatus.IN_PROGRESS, null));

        assertThat(told(reference, NotificationKind.STATUS_CHANGED)).extracting(Row::channel)
                .containsExactly(NotificationChannel.IN_PORTAL);
    }

    @Test
    void anEventDeliveredAgainWritesNothingNew() {
        Profile profile = residentWho(Language.ENGLISH, ContactPreferences.DEFAULT);
        String reference = team.waitingFor(profile.id().toString(), Instant.now().plusSeconds(7 * 24 * 3600));
        String cause = "more-information:" + reference + ":" + Instant.now();

        for (int delivered = 0; delivered < 2; delivered++) {
            SystemTask.NOTIFY.run(() -> {
                notifier.tell(profile.id().toString(), NotificationKind.MORE_INFORMATION, reference, cause,
                        language -> new String[0]);
                return null;
            });
        }

        assertThat(told(reference, NotificationKind.MORE_INFORMATION)).hasSize(2);
    }

    @Test
    void aCaseOfNoResidentTheCouncilKnowsTellsNoOne() {
        String reference = team.waitingFor(UUID.randomUUID().toString(), Instant.now().plusSeconds(7 * 24 * 3600));

        asOfficer(() -> work.changeStatus(reference, 0, CaseStatus.IN_PROGRESS, null));

        assertThat(told(reference, NotificationKind.STATUS_CHANGED)).isEmpty();
    }

    private Profile residentWho(Language language, ContactPreferences preferences) {
        signIn(resident.asResident());
        profiles.current();
        Profile profile = profiles.update(ProfileChange.NONE.withPhone("07700 900123").withLanguage(language)
                .withAddress(ResidentAddress.manual("1 Heol y Bont", "", "Caerdydd", Postcode.parse("CF10 1AA").orElseThrow()))
                .withContactPreferences(preferences));
        SecurityContextHolder.clearContext();
        return profile;
    }

    private <T> T asOfficer(java.util.function.Supplier<T> work) {
        signIn(Somebody.officer());
        team.member(currentUser.get().orElseThrow().id());
        try {
            return work.get();
        } finally {
            jdbc.update("delete from team_member where team_id = ?", team.team);
            SecurityContextHolder.clearContext();
        }
    }

    private List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList();
    }

    /**
     * The notifications of the kind about the case, once every event about it has reached its
     * listeners (they run after the change commits, on a thread of their own).
     */
    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private List<Row> told(String reference, NotificationKind kind) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ? and completion_date is null",
                Integer.class, "%" + reference + "%"), pending -> pending == 0);
        return jdbc.query("""
                select channel, address, subject, body from notification where reference = ? and kind = ?""",
                (row, n) -> new Row(NotificationChannel.valueOf(row.getString("channel")), row.getString("address"),
                        row.getString("subject"), row.getString("body")), reference, kind.name());
    }

    private record Row(NotificationChannel channel, String address, String subject, String body) {
    }
}
