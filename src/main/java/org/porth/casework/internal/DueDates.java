package org.porth.casework.internal;

import java.time.Duration;
import java.time.Instant;

import org.porth.catalogue.ServiceLevel;
import org.porth.shared.BusinessCalendar;
import org.springframework.stereotype.Component;

/** When a case is due: its service's target counted in the council's working days or office hours. */
@Component
class DueDates {

    private final BusinessCalendar calendar;

    DueDates(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    Instant due(ServiceLevel target, Instant submitted) {
        return switch (target.unit()) {
            case WORKING_DAYS -> calendar.addWorkingDays(submitted, target.target());
            case WORKING_HOURS -> calendar.addWorkingTime(submitted, Duration.ofHours(target.target()));
        };
    }
}
