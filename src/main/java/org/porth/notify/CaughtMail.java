package org.porth.notify;

import java.time.Instant;

/** An email kept by the in-app mail catcher (no SMTP server set, never in {@code prod}). */
public record CaughtMail(String messageId, String to, String subject, String body, Instant at) {
}
