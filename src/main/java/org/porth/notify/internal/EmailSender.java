package org.porth.notify.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.porth.notify.NotificationChannel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email over SMTP ({@code spring.mail.*}), a batch over one connection. With no SMTP server set,
 * mail goes to the in-app {@link MailCatcher} outside {@code prod}, and is not sent (for an
 * administrator to see) in {@code prod}. Each message's Message-ID is the notification's, so an
 * administrator's resend of an uncertain one is the same message to the mail systems that check.
 */
@Component
class EmailSender implements Sender {

    private final Optional<JavaMailSenderImpl> smtp;
    private final Optional<MailCatcher> catcher;
    private final String from;
    private final String host;

    EmailSender(ObjectProvider<JavaMailSenderImpl> smtp, ObjectProvider<MailCatcher> catcher,
            NotifyProperties properties, @Value("${porth.base-url}") URI baseUrl) {
        this.smtp = Optional.ofNullable(smtp.getIfAvailable());
        this.catcher = Optional.ofNullable(catcher.getIfAvailable());
        this.from = properties.from();
        this.host = baseUrl.getHost();
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public Session open() {
        return smtp.<Session>map(SmtpSession::new).orElseGet(CatcherSession::new);
    }

    String messageId(Claimed notification) {
        return "<" + notification.id() + "@" + host + ">";
    }

    private static void needsAddress(Claimed notification) throws DeliveryFailure {
        if (notification.address() == null) {
            throw DeliveryFailure.permanent("No email address is known for this person (a member of staff's is kept"
                    + " when they sign in)", null);
        }
    }

    /** One SMTP connection for the batch, made at the first message and made again after it drops. */
    private final class SmtpSession implements Session {

        private final JavaMailSenderImpl server;
        private Transport transport;

        SmtpSession(JavaMailSenderImpl server) {
            this.server = server;
        }

        @Override
        public void send(Claimed notification) throws DeliveryFailure {
            needsAddress(notification);
            MimeMessage message = message(notification);
            try {
                if (transport == null || !transport.isConnected()) {
                    close();
                    transport = server.getSession().getTransport(server.getProtocol());
                    transport.connect(server.getHost(), server.getPort(), server.getUsername(), server.getPassword());
                }
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException failed) {
                throw SmtpFailures.classify(failed);
            }
        }

        private MimeMessage message(Claimed notification) throws DeliveryFailure {
            MimeMessage message = server.createMimeMessage();
            try {
                MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(new InternetAddress(notification.address(), true));
                helper.setSubject(notification.subject());
                helper.setText(notification.body());
                message.saveChanges();
                message.setHeader("Message-ID", messageId(notification)); // after saveChanges, which makes one
                return message;
            } catch (MessagingException badAddress) {
                throw DeliveryFailure.permanent("Not an email address: " + badAddress.getMessage(), badAddress);
            }
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException alreadyGone) {
                    // the connection is dropped either way
                }
                transport = null;
            }
        }
    }

    private final class CatcherSession implements Session {

        @Override
        public void send(Claimed notification) throws DeliveryFailure {
            needsAddress(notification);
            catcher.orElseThrow(() -> DeliveryFailure.temporary("No SMTP server is set (spring.mail.host)", null))
                    .keep(notification, messageId(notification));
        }

        @Override
        public void close() {
        }
    }
}
