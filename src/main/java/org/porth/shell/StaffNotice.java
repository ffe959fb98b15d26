package org.porth.shell;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A notice a feature puts at the top of every staff page for the people it concerns (administrators
 * told that notifications are not going out), so the shell knows no feature: a Spring bean of the
 * feature implements it. Asked again on every page.
 */
public interface StaffNotice {

    /** A new notice for the page being shown, or empty when there is nothing to tell this person. */
    Optional<Component> create();
}
