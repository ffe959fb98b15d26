package org.porth.identity.localidp;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.util.StringUtils;

/**
 * The provider's sign-in form checked against the demo accounts behind the {@link SignInThrottle}.
 * A form sent without a username or a password is a slip, not a guess: refused, not counted.
 */
final class ThrottledPasswordCheck implements AuthenticationProvider {

    private final SignInThrottle throttle;
    private final AuthenticationProvider passwords;

    ThrottledPasswordCheck(SignInThrottle throttle, AuthenticationProvider passwords) {
        this.throttle = throttle;
        this.passwords = passwords;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (!StringUtils.hasText(attempt.getName()) || attempt.getCredentials() == null
                || !StringUtils.hasText(attempt.getCredentials().toString())) {
            throw new BadCredentialsException("No username or no password");
        }
        return throttle.signIn(attempt, passwords);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
