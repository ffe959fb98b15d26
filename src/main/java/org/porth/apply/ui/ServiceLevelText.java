package org.porth.apply.ui;

import com.vaadin.flow.component.Component;
import org.porth.catalogue.ServiceLevel;

/** "We aim to respond within 2 working days." */
final class ServiceLevelText {

    private ServiceLevelText() {
    }

    static String of(ServiceLevel level, Component translator) {
        return translator.getTranslation(level.responseTextKey(), level.target());
    }
}
