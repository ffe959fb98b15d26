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
public final class Somebody {

    public final String given;
    public final String family;
    public final String email;

    private Somebody(String given) {
        this.given = given;
        this.family = "Tester" + UUID.randomUUID().toString().substring(0, 8);
        this.email = (given + "." + family + "@example.com").toLowerCase();
    }

    public static Somebody named(String given) {
        return new Somebody(given);
    }

    public String name() {
        return given + " " + family;
    }

    public Authentication asResident() {
        return People.signedIn(name(), email, Role.RESIDENT);
    }

    public static Authentication officer() {
        return People.officer(Role.CASEWORKER);
    }

    public static void signIn(Authentication person) {
        SecurityContextHolder.getContext().setAuthentication(person);
    }
}
