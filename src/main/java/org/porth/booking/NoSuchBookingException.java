package org.porth.booking;

/** No booking with that reference that the caller may see: a resident's reference to another's booking reads as none. */
public class NoSuchBookingException extends RuntimeException {

    public NoSuchBookingException(String reference) {
        super("No booking " + reference);
    }
}
