package org.porth.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Roles from a sign-in: everyone who signs in through the resident registration is a resident;
 * staff roles come only from the staff registration's role or group claims.
 */
@Component
class RoleMapping {

    private final IdentityProperties properties;

    RoleMapping(IdentityProperties properties) {
        this.properties = properties;
    }

    Set<Role> rolesFor(String registrationId, Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (registrationId.equals(properties.residentRegistration())) {
            roles.add(Role.RESIDENT);
        } else if (registrationId.equals(properties.staffRegistration())) {
            staffClaimValues(claims).flatMap(value -> staffRole(value).stream()).forEach(roles::add);
        }
        return roles;
    }

    private Stream<String> staffClaimValues(Map<String, Object> claims) {
        return properties.staffRoleClaims().stream()
                .map(claims::get)
                .filter(value -> value != null)
                .findFirst()
                .stream()
                .flatMap(value -> value instanceof Collection<?> values ? values.stream() : Stream.of(value))
                .map(String::valueOf);
    }

    private Optional<Role> staffRole(String claimValue) {
        Role mapped = properties.staffRoleMapping().get(claimValue);
        if (mapped != null) {
            return Optional.of(mapped).filter(Role::isStaff);
        }
        return Stream.of(Role.values())
                .filter(Role::isStaff)
                .filter(role -> role.name().equalsIgnoreCase(claimValue))
                .findFirst();
    }
}
