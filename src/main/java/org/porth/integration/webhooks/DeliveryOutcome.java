package org.porth.integration.webhooks;

import java.time.Duration;

/**
 * What came of one try.
 *
 * @param retryAfter what the receiver asked for in {@code Retry-After}; null when it did not
 */
record DeliveryOutcome(Kind kind, String detail, Duration retryAfter) {

    enum Kind {
        /** A 2xx answer. */
        DELIVERED,
        /** Anything else: tried again later. */
        FAILED,
        /** {@code 410 Gone}: the receiver wants no more; the endpoint is turned off. */
        GONE,
        /** The URL now resolves to an address it may not (see {@link AddressGuard}). */
        REFUSED
    }

    static DeliveryOutcome failed(String detail) {
        return new DeliveryOutcome(Kind.FAILED, detail, null);
    }
}
