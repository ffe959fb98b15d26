package org.porth.catalogue;

/**
 * "You cannot use this service because ...": when {@code when} holds after a page is answered, the
 * resident is stopped with the reason and what to do instead.
 */
public record EligibilityExit(Condition when, Text reason, Text instead) {
}
