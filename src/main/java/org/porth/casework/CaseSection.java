package org.porth.casework;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * What another feature adds to the staff case page (integration: the case's referrals to partners), so
 * casework depends on no feature that builds on it: a Spring bean of the feature implements it.
 * Asked each time the case is shown.
 */
public interface CaseSection {

    /**
     * A new section for the case, or empty when the feature has nothing for it.
     *
     * @param reshow shows the case again as it is now (with the feature's new timeline entries)
     */
    Optional<Component> create(CaseDetails details, Runnable reshow);
}
