package org.porth.identity;

import java.util.function.Supplier;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the portal does by itself, with no one signed in, that needs a guarded service: e.g. the
 * case intake listener reading a resident's consented support needs. Each task holds one authority
 * of its own, only for the length of {@link #run}; sign-ins only ever grant {@code ROLE_} authorities
 * ({@link Role#authority()}), so no person can hold it. A service method permits a task by name:
 * {@code @PreAuthorize("hasAuthority('" + SystemTask.CASE_INTAKE_AUTHORITY + "')")}.
 */
public enum SystemTask {
    CASE_INTAKE,
    /** Notifications: reads a resident's contact details and a team's supervisors to tell them of a change. */
    NOTIFY,
    /** The API's rate limiter: reads the requests a minute an API client may make. */
    API_RATE_LIMITS,
    /** The authorization server: finds the resident an app acts for, to name them in its tokens. */
    API_TOKENS,
    /** Device signals: takes readings and alerts from MQTT and the demo simulator, and opens their cases. */
    DEVICE_SIGNALS,
    /** The device demo (never in prod): records its demo resident, as an officer records a caller. */
    DEVICE_DEMO,
    /** Insight's roll-ups: read every case's history to count it (issue 18). */
    INSIGHT,
    /** The demo year (never in prod): writes a year of back-dated requests and cases (decision 0066). */
    INSIGHT_DEMO;

    /** The authority of {@link #CASE_INTAKE}, for access rules (annotations need constants). */
    public static final String CASE_INTAKE_AUTHORITY = "SYSTEM_CASE_INTAKE";
    /** The authority of {@link #NOTIFY}. */
    public static final String NOTIFY_AUTHORITY = "SYSTEM_NOTIFY";
    /** The authority of {@link #API_RATE_LIMITS}. */
    public static final String API_RATE_LIMITS_AUTHORITY = "SYSTEM_API_RATE_LIMITS";
    /** The authority of {@link #API_TOKENS}. */
    public static final String API_TOKENS_AUTHORITY = "SYSTEM_API_TOKENS";
    /** The authority of {@link #DEVICE_SIGNALS}. */
    public static final String DEVICE_SIGNALS_AUTHORITY = "SYSTEM_DEVICE_SIGNALS";
    /** The authority of {@link #DEVICE_DEMO}. */
    public static final String DEVICE_DEMO_AUTHORITY = "SYSTEM_DEVICE_DEMO";
    /** The authority of {@link #INSIGHT}. */
    public static final String INSIGHT_AUTHORITY = "SYSTEM_INSIGHT";
    /** The authority of {@link #INSIGHT_DEMO}. */
    public static final String INSIGHT_DEMO_AUTHORITY = "SYSTEM_INSIGHT_DEMO";

    public String authority() {
        return "SYSTEM_" + name();
    }

    /** Does the work as this task, then puts back whoever (or no one) was signed in on this thread. */
    public <T> T run(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext task = SecurityContextHolder.createEmptyContext();
        task.setAuthentication(new SystemTaskAuthentication(this));
        SecurityContextHolder.setContext(task);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
