package org.porth.identity;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in maps onto Porth: which client registration is for residents and which for staff,
 * and how a staff provider's claims become roles.
 *
 * @param staffRoleClaims  claims that carry a staff member's roles or groups, first present wins
 * @param staffRoleMapping claim value to role, e.g. an Entra ID group id to CASEWORKER; values not
 *                         listed here still match a role of the same name, ignoring case
 * @param endSessionUris   per registration, the provider's end-session (RP-initiated logout)
 *                         endpoint, so that signing out of Porth signs out of the provider too
 */
@ConfigurationProperties("porth.identity")
public record IdentityProperties(
        @DefaultValue("resident") String residentRegistration,
        @DefaultValue("staff") String staffRegistration,
        @DefaultValue({"roles", "groups"}) List<String> staffRoleClaims,
        Map<String, Role> staffRoleMapping,
        Map<String, String> endSessionUris) {

    public IdentityProperties {
        staffRoleMapping = staffRoleMapping == null ? Map.of() : Map.copyOf(staffRoleMapping);
        endSessionUris = endSessionUris == null ? Map.of() : Map.copyOf(endSessionUris);
    }
}
