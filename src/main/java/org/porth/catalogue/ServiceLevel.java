package org.porth.catalogue;

/** How soon the council aims to respond: e.g. 2 working days, or 4 working hours for an urgent repair. */
public record ServiceLevel(int target, Unit unit) {

    /**
     * The key of "We aim to respond within {0} working days" (or hours, or one of them) for this level,
     * as the confirmation and the resident's request page say it; its parameter is the target.
     */
    public String responseTextKey() {
        return "service-level." + (unit == Unit.WORKING_HOURS ? "hours" : "days") + "." + (target == 1 ? "one" : "many");
    }

    public enum Unit {
        WORKING_DAYS,
        WORKING_HOURS
    }
}
