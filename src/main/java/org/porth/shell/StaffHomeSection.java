package org.porth.shell;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * What a feature puts on the staff start page ("Your work") for the people it concerns (casework:
 * a caseworker's own cases), so the shell knows no feature: a Spring bean of the feature implements
 * it. Asked each time the page is shown.
 */
public interface StaffHomeSection {

    /** A new section for the page, or empty when the feature has nothing for this person. */
    Optional<Component> create();
}
