package org.porth.identity;

import java.util.Set;

/**
 * The person using the portal, as the rest of the code sees them: never the raw token.
 *
 * @param id    stable and unique across sign-in providers: the client registration and the
 *              provider's subject, e.g. {@code resident:7f3c...}
 * @param name  the name to greet them by
 * @param email may be null when the provider does not share it
 */
public record SignedInUser(String id, String name, String email, Set<Role> roles) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }
}
