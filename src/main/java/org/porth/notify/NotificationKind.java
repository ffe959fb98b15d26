package org.porth.notify;

/** What a notification tells; each has its words in English and Welsh ({@code notify.<key>.*}). */
public enum NotificationKind {
    RECEIVED("received"),
    MORE_INFORMATION("more-information"),
    STATUS_CHANGED("status-changed"),
    /** The officer wrote to the resident: the words stay in the portal. */
    MESSAGE("message"),
    DUE_DATE_MOVED("due-date-moved"),
    RESOLVED("resolved"),
    /** For supervisors: a case of their team has used 80% of its time. */
    CASE_AT_RISK("case-at-risk"),
    /** For supervisors: a case of their team is overdue. */
    CASE_BREACHED("case-breached"),
    BOOKING_CONFIRMED("booking-confirmed"),
    /** The resident moved their booking. */
    BOOKING_MOVED("booking-moved"),
    BOOKING_MOVED_BY_COUNCIL("booking-moved-by-council"),
    /** The resident cancelled their booking: a short confirmation. */
    BOOKING_CANCELLED("booking-cancelled"),
    /** The council cancelled it: with the reason, if given, and how to book again. */
    BOOKING_CANCELLED_BY_COUNCIL("booking-cancelled-by-council"),
    /** The day before a booking. */
    BOOKING_REMINDER("booking-reminder"),
    /** For administrators: a channel's notifications have waited too long to be sent (the mail server is down, say). */
    DELIVERY_DELAYED("delivery-delayed"),
    /** For a webhook endpoint's owner: it was turned off (410 Gone, or by an administrator); words in integration-webhooks. */
    WEBHOOK_DISABLED("webhook-disabled");

    private final String key;

    NotificationKind(String key) {
        this.key = key;
    }

    /** The prefix of its texts in the bundles. */
    public String textKey() {
        return "notify." + key;
    }
}
