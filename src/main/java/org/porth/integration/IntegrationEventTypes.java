package org.porth.integration;

import java.util.List;

/**
 * The catalogue of integration event types (docs/events/). A type's name carries its major
 * version: a change that could break a consumer is a new type ({@code .v2}) published beside the
 * old one until its consumers move; adding an optional field to {@code data} is not.
 */
public final class IntegrationEventTypes {

    private static final String PREFIX = "org.porth.";

    public static final String REQUEST_SUBMITTED = PREFIX + "request.submitted.v1";
    public static final String CASE_OPENED = PREFIX + "case.opened.v1";
    public static final String CASE_STATUS_CHANGED = PREFIX + "case.status-changed.v1";
    public static final String CASE_CLOSED = PREFIX + "case.closed.v1";
    public static final String MESSAGE_TO_RESIDENT = PREFIX + "case.message-to-resident.v1";
    public static final String BOOKING_MADE = PREFIX + "booking.made.v1";
    public static final String BOOKING_MOVED = PREFIX + "booking.moved.v1";
    public static final String BOOKING_CANCELLED = PREFIX + "booking.cancelled.v1";
    public static final String RESIDENT_DETAILS_CHANGED = PREFIX + "resident.details-changed.v1";
    public static final String REFERRAL_MADE = PREFIX + "referral.made.v1";
    public static final String REFERRAL_UPDATED = PREFIX + "referral.updated.v1";

    /** Every type, in the order of the catalogue. */
    public static final List<String> ALL = List.of(REQUEST_SUBMITTED, CASE_OPENED, CASE_STATUS_CHANGED, CASE_CLOSED,
            MESSAGE_TO_RESIDENT, BOOKING_MADE, BOOKING_MOVED, BOOKING_CANCELLED, RESIDENT_DETAILS_CHANGED,
            REFERRAL_MADE, REFERRAL_UPDATED);

    private IntegrationEventTypes() {
    }
}
