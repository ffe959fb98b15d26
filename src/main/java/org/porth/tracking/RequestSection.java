package org.porth.tracking;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.porth.casework.ResidentCase;

/**
 * What another feature adds to the resident's request page (devices: the Awaab's Law steps of a damp
 * case), so tracking depends on no feature that builds on it: a Spring bean of the feature implements
 * it. Asked each time the request is shown, for the signed-in resident's own request only.
 */
public interface RequestSection {

    /** A new section for the request, or empty when the feature has nothing for it. */
    Optional<Component> create(ResidentCase request);
}
