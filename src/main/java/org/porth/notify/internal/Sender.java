package org.porth.notify.internal;

import org.porth.notify.NotificationChannel;

/** Sends a claimed notification on one channel, or says why not. */
interface Sender {

    NotificationChannel channel();

    void send(Claimed notification) throws DeliveryFailure;
}
