package org.porth.notify;

/** How a notification reaches its reader. */
public enum NotificationChannel {
    EMAIL,
    /** A text message, through GOV.UK Notify. */
    TEXT,
    /** Stored for the resident to read in the portal (the bell). */
    IN_PORTAL
}
