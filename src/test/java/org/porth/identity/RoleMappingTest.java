package org.porth.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Who gets which role from a sign-in: residents are residents; staff roles come only from staff claims. */
class RoleMappingTest {

    private static final String ENTRA_CASEWORKERS = "5b1f6d2e-0c4a-4f7e-9a3b-2d8c1e7f4a90";

    private final RoleMapping mapping = new RoleMapping(new IdentityProperties("resident", "staff",
            List.of("roles", "groups"),
            Map.of(ENTRA_CASEWORKERS, Role.CASEWORKER, "admin", Role.SUPERVISOR, "everyone", Role.RESIDENT),
            Map.of()));

    @Test
    void theResidentRegistrationGivesResidentOnlyWhateverTheClaimsSay() {
        assertThat(mapping.rolesFor("resident", Map.of("roles", List.of("ADMIN", "CASEWORKER"))))
                .containsExactly(Role.RESIDENT);
    }

    @Test
    void staffRolesComeFromTheRolesClaimIgnoringCase() {
        assertThat(mapping.rolesFor("staff", Map.of("roles", List.of("caseworker", "Supervisor"))))
                .containsExactlyInAnyOrder(Role.CASEWORKER, Role.SUPERVISOR);
    }

    @Test
    void staffRolesComeFromTheGroupsClaimWhenThereIsNoRolesClaim() {
        assertThat(mapping.rolesFor("staff", Map.of("groups", List.of(ENTRA_CASEWORKERS))))
                .containsExactly(Role.CASEWORKER);
    }

    @Test
    void aSingleClaimValueCounts() {
        assertThat(mapping.rolesFor("staff", Map.of("roles", "ADMIN"))).containsExactly(Role.ADMIN);
    }

    @Test
    void anExplicitMappingWinsOverTheRoleOfTheSameName() {
        assertThat(mapping.rolesFor("staff", Map.of("roles", List.of("admin")))).containsExactly(Role.SUPERVISOR);
    }

    @Test
    void aStaffClaimNeverMakesAResident() {
        assertThat(mapping.rolesFor("staff", Map.of("roles", List.of("RESIDENT", "resident", "everyone"))))
                .isEmpty();
    }

    @Test
    void unknownValuesAreIgnored() {
        assertThat(mapping.rolesFor("staff", Map.of("roles", List.of("librarian", "CASEWORKER", "ROLE_ADMIN"))))
                .containsExactly(Role.CASEWORKER);
    }

    @Test
    void theFirstPresentClaimWinsAndTheOthersAreNotRead() {
        assertThat(mapping.rolesFor("staff", Map.of("roles", List.of("CASEWORKER"), "groups", List.of("ADMIN"))))
                .containsExactly(Role.CASEWORKER);
    }

    @Test
    void theClaimOrderComesFromTheSettings() {
        RoleMapping groupsFirst = new RoleMapping(new IdentityProperties("resident", "staff",
                List.of("groups", "roles"), Map.of(), Map.of()));

        assertThat(groupsFirst.rolesFor("staff", Map.of("roles", List.of("CASEWORKER"), "groups", List.of("ADMIN"))))
                .containsExactly(Role.ADMIN);
    }

    @Test
    void aStaffSignInWithoutRoleClaimsHasNoRole() {
        assertThat(mapping.rolesFor("staff", Map.of("email", "cara.jones@porth.example.gov.uk"))).isEmpty();
    }

    @Test
    void anUnknownRegistrationHasNoRole() {
        assertThat(mapping.rolesFor("partner", Map.of("roles", List.of("ADMIN")))).isEmpty();
    }
}
