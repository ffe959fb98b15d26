package org.porth.channels;

import java.util.function.Supplier;

import org.porth.browserless.People;
import org.porth.identity.Role;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a piece of a test as a signed-in administrator, as the admin page would. */
final class Administrator {

    private Administrator() {
    }

    static <T> T does(Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(People.signedIn("Alex Morgan", "alex.morgan@porth.example.gov.uk", Role.ADMIN));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
