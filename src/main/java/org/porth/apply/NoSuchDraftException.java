package org.porth.apply;

/**
 * No draft, request or service by that name that the person signed in may use: shown as "page not
 * found", whether it does not exist or belongs to someone else.
 */
public class NoSuchDraftException extends RuntimeException {

    public NoSuchDraftException() {
        super("No such draft, request or service for this user");
    }
}
