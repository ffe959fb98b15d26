package org.porth.resident;

import java.util.UUID;

import org.porth.browserless.People;
import org.porth.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * People with names and email addresses of their own, so that tests sharing one database never
 * meet each other's residents; and signing in as them.
 */
final class Somebody {

    final String given;
    final String family;
    final String email;

    private Somebody(String given) {
        this.given = given;
        this.family = "Tester" + UUID.randomUUID().toString().substring(0, 8);
        this.email = (given + "." + family + "@example.com").toLowerCase();
    }

    static Somebody named(String given) {
        return new Somebody(given);
    }

    String name() {
        return given + " " + family;
    }

    Authentication asResident() {
        return People.signedIn(name(), email, Role.RESIDENT);
    }

    static Authentication officer() {
        return People.officer(Role.CASEWORKER);
    }

    static void signIn(Authentication person) {
        SecurityContextHolder.getContext().setAuthentication(person);
    }
}
