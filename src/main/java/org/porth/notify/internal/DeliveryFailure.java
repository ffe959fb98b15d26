package org.porth.notify.internal;

/**
 * A notification could not be sent. Temporary (a timeout, no connection, SMTP 4xx, HTTP 5xx or 429):
 * it is tried again later. Permanent (a bad address, SMTP 5xx, any other HTTP 4xx): it is not.
 */
class DeliveryFailure extends Exception {

    private final boolean permanent;

    private DeliveryFailure(String reason, boolean permanent, Throwable cause) {
        super(reason, cause);
        this.permanent = permanent;
    }

    static DeliveryFailure temporary(String reason, Throwable cause) {
        return new DeliveryFailure(reason, false, cause);
    }

    static DeliveryFailure permanent(String reason, Throwable cause) {
        return new DeliveryFailure(reason, true, cause);
    }

    boolean permanent() {
        return permanent;
    }
}
