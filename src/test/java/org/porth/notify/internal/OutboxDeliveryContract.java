package org.porth.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.resident.Somebody.signIn;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.porth.browserless.People;
import org.porth.identity.Role;
import org.porth.notify.NotificationChannel;
import org.porth.notify.NotificationFailures;
import org.porth.notify.NotificationKind;
import org.porth.notify.UndeliveredNotification;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The outbox's delivery guarantees, read from a real SMTP server in the test JVM (GreenMail):
 * retried with backoff while the server is down and delivered once; a permanent failure not
 * retried and listed for administrators; a worker stopped between sending and marking leaves the
 * notification UNCERTAIN, never sent again by itself; two workers at once send each once. Every
 * test sends to addresses of its own: other tests' notifications in the shared database go too.
 */
@SpringBootTest(properties = "porth.notify.batch=5")
abstract class OutboxDeliveryContract {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    private Outbox outbox;
    @Autowired
    private DeliveryWorker worker;
    @Autowired
    private EmailSender email;
    @Autowired
    private NotificationFailures failures;
    @Autowired
    private NotifyProperties properties;
    @Autowired
    private JdbcTemplate jdbc;

    private final Instant now = Instant.now();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void whileTheMailServerIsDownItIsTriedAgainLaterWithBackoffAndDeliveredOnce() throws Exception {
        String address = address();
        UUID id = add(address);
        smtp.stop();

        assertThat(worker.runOnce(now)).isZero();
        Instant firstRetry = nextAttempt(id);
        assertThat(firstRetry).isBetween(now.plus(properties.firstRetry().dividedBy(2)), now.plus(properties.firstRetry()));
        assertThat(status(id)).isEqualTo("PENDING");

        Instant later = firstRetry.plusSeconds(1);
        worker.runOnce(later);
        Instant secondRetry = nextAttempt(id);
        assertThat(Duration.between(later, secondRetry)).as("the wait doubles")
                .isBetween(properties.firstRetry(), properties.firstRetry().multipliedBy(2));
        assertThat(worker.runOnce(secondRetry.minusSeconds(1))).as("not before it is due").isZero();
        assertThat(attempts(id)).isEqualTo(2);

        smtp.start();
        worker.runOnce(secondRetry.plusSeconds(1));
        worker.runOnce(secondRetry.plus(Duration.ofHours(2)));

        assertThat(received(address)).hasSize(1);
        assertThat(received(address).getFirst().getSubject()).isEqualTo("Subject " + address);
        assertThat(status(id)).isEqualTo("SENT");
        assertThat(attempts(id)).isEqualTo(3);
    }

    @Test
    void aPermanentFailureIsNotTriedAgainAndAdministratorsSeeItWithTheReason() throws Exception {
        UUID id = add("not an email address");

        worker.runOnce(now);
        worker.runOnce(now.plus(Duration.ofDays(1)));

        assertThat(status(id)).isEqualTo("FAILED");
        assertThat(attempts(id)).isEqualTo(1);
        signIn(People.officer(Role.ADMIN));
        UndeliveredNotification failed = failures.undelivered().stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow();
        assertThat(failed.uncertain()).isFalse();
        assertThat(failed.reason()).startsWith("Not an email address");
        assertThat(failed.channel()).isEqualTo(NotificationChannel.EMAIL);
    }

    @Test
    void aWorkerStoppedAfterSendingBeforeMarkingLeavesItUncertainAndItIsNotSentAgainUntilAnAdministratorSaysSo()
            throws Exception {
        String address = address();
        UUID id = add(address);
        // the worker claims it and sends it, and stops before it marks it sent
        Claimed claimed = worker.claim(now).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
        try (Sender.Session session = email.open()) {
            session.send(claimed);
        }
        assertThat(status(id)).isEqualTo("SENDING");

        worker.runOnce(now.plus(properties.lease()).minusSeconds(1));
        assertThat(status(id)).as("still its worker's until the lease runs out").isEqualTo("SENDING");
        worker.runOnce(now.plus(properties.lease()).plusSeconds(1));
        worker.runOnce(now.plus(Duration.ofDays(1)));

        assertThat(status(id)).isEqualTo("UNCERTAIN");
        assertThat(received(address)).hasSize(1);
        signIn(People.officer(Role.ADMIN));
        assertThat(failures.undelivered()).filteredOn(n -> n.id().equals(id)).singleElement()
                .satisfies(uncertain -> assertThat(uncertain.uncertain()).isTrue());

        assertThat(failures.retry(id)).isTrue();
        assertThat(failures.retry(id)).as("once").isFalse();
        worker.runOnce(Instant.now().plusSeconds(1));

        assertThat(status(id)).isEqualTo("SENT");
        List<MimeMessage> both = received(address);
        assertThat(both).hasSize(2);
        assertThat(both.get(1).getMessageID()).as("the same message to mail systems that check")
                .isEqualTo(both.get(0).getMessageID()).contains(id.toString());
    }

    @Test
    void twoWorkersAtOnceSendEachNotificationOnce() throws Exception {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            addresses.add(address());
            add(addresses.getLast());
        }
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> {
                    start.await();
                    return worker.runOnce(now);
                }));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        }

        for (String address : addresses) {
            assertThat(received(address)).as(address).hasSize(1);
        }
    }

    private UUID add(String address) {
        String key = "test:" + UUID.randomUUID();
        outbox.add(new NewNotification(key, NotificationKind.RECEIVED, NotificationChannel.EMAIL, null, null, address,
                Language.ENGLISH, "PTH-TEST", new Message("Subject " + address, "Body", "http://localhost/x")),
                now.minusSeconds(1));
        return jdbc.queryForObject("select id from notification where dedupe_key = ?", UUID.class, key);
    }

    private static String address() {
        return "resident-" + UUID.randomUUID() + "@example.com";
    }

    private List<MimeMessage> received(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> sentTo(message, address)).toList();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(RecipientType.TO)).anyMatch(to -> to.toString().equals(address));
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private String status(UUID id) {
        return jdbc.queryForObject("select status from notification where id = ?", String.class, id);
    }

    private int attempts(UUID id) {
        return jdbc.queryForObject("select attempts from notification where id = ?", Integer.class, id);
    }

    private Instant nextAttempt(UUID id) {
        return jdbc.queryForObject("select next_attempt_at from notification where id = ?", java.sql.Timestamp.class, id)
                .toInstant();
    }
}
