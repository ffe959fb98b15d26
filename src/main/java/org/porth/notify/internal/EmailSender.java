package org.porth.notify.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.porth.notify.NotificationChannel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email over SMTP ({@code spring.mail.*}). With no SMTP server set, mail goes to the in-app
 * {@link MailCatcher} outside {@code prod}, and fails (for an administrator to see) in {@code prod}.
 * Each message's Message-ID is the notification's, so an administrator's resend of an uncertain
 * one is the same message to the mail systems that check.
 */
@Component
class EmailSender implements Sender {

    private final Optional<JavaMailSender> smtp;
    private final Optional<MailCatcher> catcher;
    private final String from;
    private final String host;

    EmailSender(ObjectProvider<JavaMailSender> smtp, ObjectProvider<MailCatcher> catcher, NotifyProperties properties,
            @Value("${porth.base-url}") URI baseUrl) {
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
    public void send(Claimed notification) throws DeliveryFailure {
        if (notification.address() == null) {
            throw DeliveryFailure.permanent("No email address is known for this person (a member of staff's is kept"
                    + " when they sign in)", null);
        }
        if (smtp.isEmpty()) {
            catcher.orElseThrow(() -> DeliveryFailure.temporary("No SMTP server is set (spring.mail.host)", null))
                    .keep(notification, messageId(notification));
            return;
        }
        MimeMessage message = smtp.get().createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(new InternetAddress(notification.address(), true));
            helper.setSubject(notification.subject());
            helper.setText(notification.body());
            message.setHeader("Message-ID", messageId(notification));
        } catch (MessagingException badAddress) {
            throw DeliveryFailure.permanent("Not an email address: " + badAddress.getMessage(), badAddress);
        }
        try {
            smtp.get().send(message);
        } catch (MailException failed) {
            throw SmtpFailures.classify(failed);
        }
    }

    String messageId(Claimed notification) {
        return "<" + notification.id() + "@" + host + ">";
    }
}
