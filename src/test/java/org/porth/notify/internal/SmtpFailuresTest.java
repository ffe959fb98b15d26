package org.porth.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** SMTP failures as the mail server and JavaMail report them: 5xx permanent, 4xx and no connection temporary. */
class SmtpFailuresTest {

    @Test
    void aMailboxTheServerRefusesWith5xxIsPermanent() throws Exception {
        DeliveryFailure failure = SmtpFailures.classify(refused(new SMTPAddressFailedException(
                new InternetAddress("nobody@example.com"), "RCPT TO", 550, "5.1.1 No such user")));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.getMessage()).startsWith("SMTP 550");
    }

    @Test
    void aServerThatSaysTryLaterWith4xxIsTemporary() throws Exception {
        DeliveryFailure failure = SmtpFailures.classify(refused(new SMTPSendFailedException("DATA", 451,
                "4.3.0 Mail server temporarily rejected message", null, null, null, null)));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.getMessage()).startsWith("SMTP 451");
    }

    @Test
    void noConnectionIsTemporary() {
        DeliveryFailure failure = SmtpFailures.classify(new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"))));

        assertThat(failure.permanent()).isFalse();
    }

    private static MailSendException refused(Exception reply) {
        SendFailedException invalid = new SendFailedException("Invalid Addresses", reply);
        return new MailSendException(Map.of(new Object(), invalid));
    }
}
