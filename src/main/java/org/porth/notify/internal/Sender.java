package org.porth.notify.internal;

import org.porth.notify.NotificationChannel;

/** Sends claimed notifications on one channel, or says why not. */
interface Sender {

    NotificationChannel channel();

    /**
     * A sending session for one batch: what sending several at once can share (an SMTP connection
     * kept open across the batch, ten times faster than one each) is opened once and closed with it.
     */
    Session open();

    interface Session extends AutoCloseable {

        void send(Claimed notification) throws DeliveryFailure;

        @Override
        void close();
    }
}
