package org.porth.notify.internal;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Tells a temporary SMTP failure from a permanent one by the server's reply code: 5xx permanent
 * (no such mailbox, refused), 4xx temporary (try later); no connection or a timeout is temporary;
 * an address that is not one is permanent. Anything else is taken as temporary: the tries are
 * capped, and a failure given up on is shown to administrators all the same.
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    static DeliveryFailure classify(MessagingException failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            int code = replyCode(t);
            if (code >= 500) {
                return DeliveryFailure.permanent("SMTP " + code + ": " + t.getMessage(), failure);
            }
            if (code >= 400) {
                return DeliveryFailure.temporary("SMTP " + code + ": " + t.getMessage(), failure);
            }
            if (t instanceof AddressException) {
                return DeliveryFailure.permanent("Not an email address: " + t.getMessage(), failure);
            }
            if (t instanceof IOException) {
                return DeliveryFailure.temporary("Mail server not reached: " + t, failure);
            }
        }
        return DeliveryFailure.temporary("Mail not sent: " + failure.getMessage(), failure);
    }

    private static int replyCode(Throwable t) {
        return switch (t) {
            case SMTPAddressFailedException address -> address.getReturnCode();
            case SMTPSenderFailedException sender -> sender.getReturnCode();
            case SMTPSendFailedException send -> send.getReturnCode();
            default -> 0;
        };
    }
}
