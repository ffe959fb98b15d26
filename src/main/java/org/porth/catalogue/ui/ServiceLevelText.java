package org.porth.catalogue.ui;

import com.vaadin.flow.component.Component;
import org.porth.catalogue.ServiceLevel;
import org.porth.shared.Counted;

/** "We aim to respond within 2 working days" in the page's language, Welsh numbers and mutations included. */
final class ServiceLevelText {

    private ServiceLevelText() {
    }

    static String of(Component page, ServiceLevel level) {
        String unit = "catalogue.level."
                + (level.unit() == ServiceLevel.Unit.WORKING_HOURS ? "working-hours" : "working-days");
        String time = page.getTranslation(Counted.key(unit, level.target()), level.target());
        return page.getTranslation("catalogue.start.service-level", time);
    }
}
