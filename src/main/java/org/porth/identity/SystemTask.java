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
    CASE_INTAKE;

    /** The authority of {@link #CASE_INTAKE}, for access rules (annotations need constants). */
    public static final String CASE_INTAKE_AUTHORITY = "SYSTEM_CASE_INTAKE";

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
