package org.porth.shell;

import com.vaadin.flow.router.RouteParameters;

/**
 * A module whose pages name one of the signed-in person's things in their address (a request's
 * reference, a booking's) tells, before the page is sent, whether that thing is there for them, so
 * that the address answers "not found" (HTTP 404) as its page will say. Someone else's thing is
 * missing exactly as a made-up one is.
 */
public interface AddressedThings {

    /** True when {@code view} is one of this module's pages and the thing its address names is not the person's. */
    boolean isMissing(Class<?> view, RouteParameters address);
}
