package org.porth.resident;

/** How a resident is happy to hear from the council. Email is on until they say otherwise. */
public record ContactPreferences(boolean email, boolean textMessage, boolean post) {

    public static final ContactPreferences DEFAULT = new ContactPreferences(true, false, false);

    /** No way of contact yet: the resident chooses one when they give a detail for it. */
    public static final ContactPreferences NONE = new ContactPreferences(false, false, false);

    /**
     * Where a new record starts: email when there is an address to send to, else none. Decision: a
     * caller (or a sign-in) who gives only a name is recorded with no way of contact rather than
     * refused; a form that needs a way to reach them asks for it.
     *
     * @param email may be null or blank
     */
    public static ContactPreferences startingWith(String email) {
        return email == null || email.isBlank() ? NONE : DEFAULT;
    }
}
