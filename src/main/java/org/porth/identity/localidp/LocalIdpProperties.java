package org.porth.identity.localidp;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded sign-in provider's demo accounts.
 *
 * @param staffClientId the client that receives staff roles in its ID tokens; residents' clients
 *                      never see them
 */
@ConfigurationProperties("porth.local-idp")
record LocalIdpProperties(@DefaultValue("porth-staff") String staffClientId, List<Account> accounts) {

    LocalIdpProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    Optional<Account> account(String username) {
        return accounts.stream().filter(account -> account.username().equals(username)).findFirst();
    }

    /**
     * @param password plain for a local demo, or {@code {bcrypt}...} for a demo on the internet
     * @param locale   the account's language, reported in the {@code locale} claim ({@code en} or {@code cy})
     * @param roles    staff roles (CASEWORKER, SUPERVISOR, ADMIN); empty for a resident
     */
    record Account(String username, String password, String givenName, String familyName, String email,
            @DefaultValue("en") String locale, List<String> roles) {

        Account {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        String name() {
            return givenName + " " + familyName;
        }
    }
}
