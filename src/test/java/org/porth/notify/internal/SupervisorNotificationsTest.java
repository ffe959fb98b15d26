package org.porth.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.porth.resident.Somebody.signIn;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.porth.browserless.People;
import org.porth.casework.CaseBreached;
import org.porth.casework.internal.CaseFixtures;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An overdue case is told to its team's supervisors by email, at the address their sign-in gave;
 * a supervisor who has not signed in since has none, and administrators see that notification failed.
 */
@SpringBootTest
class SupervisorNotificationsTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private DeliveryWorker worker;
    @Autowired
    private NotifyProperties properties;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOverdueCaseIsToldToTheTeamsSupervisorsAtTheAddressTheirSignInGave() {
        CaseFixtures team = new CaseFixtures(jdbc);
        String email = "supervisor-" + UUID.randomUUID() + "@porth.example.gov.uk";
        Authentication supervisor = People.signedIn("Sian Supervisor", email, Role.CASEWORKER, Role.SUPERVISOR);
        signIn(supervisor);
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(supervisor, getClass()));
        team.supervisor(currentUser.get().orElseThrow().id());
        SecurityContextHolder.clearContext();
        String neverSignedIn = "staff:never-" + UUID.randomUUID();
        team.supervisor(neverSignedIn);
        team.member("staff:officer-" + UUID.randomUUID());
        String reference = team.opened(org.porth.casework.CaseStatus.IN_PROGRESS, Instant.now().minusSeconds(3600),
                Instant.now().minusSeconds(60));

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(
                new CaseBreached(reference, team.queue, Instant.parse("2026-03-03T17:00:00Z"))));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from notification where reference = ?", Integer.class, reference), told -> told == 2);
        worker.runOnce(Instant.now());

        MimeMessage mail = mailTo(email).getFirst();
        assertThat(mailTo(email)).hasSize(1);
        assertThat(subject(mail)).isEqualTo("Case " + reference + " is overdue");
        assertThat(GreenMailUtil.getBody(mail)).contains(properties.caseLink(reference), team.queue,
                "3 March 2026, 5:00pm");
        assertThat(jdbc.queryForObject("select count(*) from notification where reference = ?", Integer.class,
                reference)).as("no one else in the team is told").isEqualTo(2);
        assertThat(jdbc.queryForObject("select status from notification where staff_id = ?", String.class,
                neverSignedIn)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select last_error from notification where staff_id = ?", String.class,
                neverSignedIn)).startsWith("No email address");
    }

    private List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(address);
            } catch (MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
