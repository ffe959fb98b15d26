package org.porth.notify.internal;

/** A notification's words in one language: a subject (the title in the portal), a body and its link. */
record Message(String subject, String body, String link) {
}
