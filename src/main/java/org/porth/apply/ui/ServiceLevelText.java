package org.porth.apply.ui;

import com.vaadin.flow.component.Component;
import org.porth.catalogue.ServiceLevel;

/** "We aim to respond within 2 working days." */
final class ServiceLevelText {

    private ServiceLevelText() {
    }

    static String of(ServiceLevel level, Component translator) {
        String unit = level.unit() == ServiceLevel.Unit.WORKING_HOURS ? "hours" : "days";
        String count = level.target() == 1 ? "one" : "many";
        return translator.getTranslation("service-level." + unit + "." + count, level.target());
    }
}
