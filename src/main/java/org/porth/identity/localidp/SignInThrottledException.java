package org.porth.identity.localidp;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused, without checking the password, because its account or address failed too
 * often. A {@link LockedException}, so that no other authentication provider is asked instead.
 */
class SignInThrottledException extends LockedException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + retryAfter.toSeconds() + "s");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
