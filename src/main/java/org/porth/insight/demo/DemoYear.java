package org.porth.insight.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The demo year for demonstrations (decision 0066; never in {@code prod}): a year of a council's
 * requests and cases, back-dated, so that a new user sees full dashboards within a minute. An
 * administrator starts it from its page; {@code porth.demo.activity=true} starts it with the portal.
 */
@Service
@Profile("!prod")
public class DemoYear {

    private final DemoYearRun run;

    DemoYear(DemoYearRun run) {
        this.run = run;
    }

    /** @return false when a run is already going */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean start() {
        return run.start();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Status status() {
        return new Status(run.running(), run.days(), run.written());
    }

    /** @param days of the year done, @param written requests written */
    public record Status(boolean running, int days, int written) {
    }
}
