package org.porth.catalogue;

/** How soon the council aims to respond: e.g. 2 working days, or 4 working hours for an urgent repair. */
public record ServiceLevel(int target, Unit unit) {

    public enum Unit {
        WORKING_DAYS,
        WORKING_HOURS
    }
}
