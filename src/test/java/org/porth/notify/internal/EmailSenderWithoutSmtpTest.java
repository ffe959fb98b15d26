package org.porth.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.porth.notify.NotificationChannel;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With no SMTP server set: mail goes to the in-app catcher (and the log) where there is one (every
 * profile but prod), and is not sent, for an administrator to see, where there is none.
 */
class EmailSenderWithoutSmtpTest {

    private static final NotifyProperties PROPERTIES = new NotifyProperties("x", "x", "x", "council@example.gov.uk", 1,
            Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofHours(1), 10, null);

    @Test
    void mailGoesToTheCatcherWithItsMessageId() throws Exception {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        MailCatcher catcher = new MailCatcher(Clock.systemUTC());
        beans.addBean("catcher", catcher);
        EmailSender sender = new EmailSender(beans.getBeanProvider(JavaMailSenderImpl.class),
                beans.getBeanProvider(MailCatcher.class), PROPERTIES, URI.create("https://portal.example.gov.uk"));
        Claimed mail = new Claimed(UUID.randomUUID(), NotificationChannel.EMAIL, "sam@example.com", "PTH-1", "Subject",
                "Body", 1);

        try (Sender.Session session = sender.open()) {
            session.send(mail);
        }

        assertThat(catcher.caught()).singleElement().satisfies(caught -> {
            assertThat(caught.to()).isEqualTo("sam@example.com");
            assertThat(caught.subject()).isEqualTo("Subject");
            assertThat(caught.messageId()).isEqualTo("<" + mail.id() + "@portal.example.gov.uk>");
        });
    }

    @Test
    void withNeitherAServerNorTheCatcherMailIsNotSent() {
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        EmailSender sender = new EmailSender(none.getBeanProvider(JavaMailSenderImpl.class),
                none.getBeanProvider(MailCatcher.class), PROPERTIES, URI.create("https://portal.example.gov.uk"));

        assertThatThrownBy(() -> sender.open().send(new Claimed(UUID.randomUUID(), NotificationChannel.EMAIL,
                "sam@example.com", "PTH-1", "Subject", "Body", 1)))
                .isInstanceOf(DeliveryFailure.class).hasMessageContaining("spring.mail.host");
    }
}
