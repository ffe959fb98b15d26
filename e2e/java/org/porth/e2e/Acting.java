package org.porth.e2e;

import java.util.function.Supplier;

import org.porth.browserless.People;
import org.porth.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Calling the portal's services from a test as someone, as their pages would: the demo accounts the
 * browser signs in as (so what the test makes is theirs there), or anybody else.
 */
final class Acting {

    static final Authentication SAM = People.sam();
    static final Authentication CARA = People.demoAccount("cara", "Cara Jones", Role.CASEWORKER);
    static final Authentication ALEX = People.demoAccount("alex", "Alex Morgan", Role.ADMIN);

    private Acting() {
    }

    static <T> T as(Authentication person, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(person);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
