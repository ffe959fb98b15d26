package org.porth.identity.localidp;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded sign-in provider's demo accounts.
 *
 * @param staffClientId                     the client that receives staff roles in its ID tokens;
 *                                          residents' clients never see them
 * @param allowDemoAccountsOnPublicAddress  true to start even though {@code porth.base-url} is not a
 *                                          loopback address: anyone who reaches it can sign in as
 *                                          any demo account ({@link PublicAddressCheck})
 * @param signOutWindow                     how long after a sign-in the portal can still sign out at
 *                                          the provider, which looks the sign-in's authorization up
 *                                          then: it is kept that long ({@link LocalIdpPurge})
 */
@ConfigurationProperties("porth.local-idp")
record LocalIdpProperties(@DefaultValue("porth-staff") String staffClientId, List<Account> accounts,
        @DefaultValue("false") boolean allowDemoAccountsOnPublicAddress, @DefaultValue("12h") Duration signOutWindow) {

    LocalIdpProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    Optional<Account> account(String username) {
        return accounts.stream().filter(account -> account.username().equals(username)).findFirst();
    }

    /**
     * @param password plain for a local demo, or {@code {bcrypt}...} for a demo on the internet
     * @param locale   the account's language, reported in the {@code locale} claim ({@code en} or {@code cy})
     * @param roles    staff roles (CASEWORKER, SUPERVISOR, MANAGER, ADMIN); empty for a resident
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
