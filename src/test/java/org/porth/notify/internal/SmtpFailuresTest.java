package org.porth.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;

import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

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
        DeliveryFailure failure = SmtpFailures.classify(new MailConnectException(
                new SocketConnectException("Connection refused", new ConnectException(), "127.0.0.1", 3025, 10000)));

        assertThat(failure.permanent()).isFalse();
    }

    /** As JavaMail reports a refused recipient: the reply nested in "Invalid Addresses". */
    private static MessagingException refused(Exception reply) {
        return new SendFailedException("Invalid Addresses", reply);
    }
}
