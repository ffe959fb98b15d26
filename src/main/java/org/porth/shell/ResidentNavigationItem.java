package org.porth.shell;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A link a feature adds to the residents' navigation that depends on who is signed in (the
 * notifications with their unread count), so the shell knows no feature: a Spring bean of the
 * feature implements it.
 */
public interface ResidentNavigationItem {

    /** A new link for the page being built, or empty when there is nothing to show to this visitor. */
    Optional<Component> create();
}
