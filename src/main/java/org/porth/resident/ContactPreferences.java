package org.porth.resident;

/** How a resident is happy to hear from the council. Email is on until they say otherwise. */
public record ContactPreferences(boolean email, boolean textMessage, boolean post) {

    public static final ContactPreferences DEFAULT = new ContactPreferences(true, false, false);
}
