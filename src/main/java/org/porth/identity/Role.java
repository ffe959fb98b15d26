package org.porth.identity;

import java.util.Arrays;
import java.util.Optional;

/** What a signed-in person may do. Views and service methods name these in their access rules. */
public enum Role {
    RESIDENT,
    CASEWORKER,
    SUPERVISOR,
    /** Runs services: sees insight across every team (issue 18). */
    MANAGER,
    ADMIN;

    /** Names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final String RESIDENT_NAME = "RESIDENT";
    public static final String CASEWORKER_NAME = "CASEWORKER";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String ADMIN_NAME = "ADMIN";

    private static final String PREFIX = "ROLE_";

    public String authority() {
        return PREFIX + name();
    }

    public boolean isStaff() {
        return this != RESIDENT;
    }

    public static Optional<Role> fromAuthority(String authority) {
        if (authority == null || !authority.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String name = authority.substring(PREFIX.length());
        return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
    }
}
