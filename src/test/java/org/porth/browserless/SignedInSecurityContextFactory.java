package org.porth.browserless;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/** Builds the security context for {@link SignedIn}. */
public final class SignedInSecurityContextFactory implements WithSecurityContextFactory<SignedIn> {

    @Override
    public SecurityContext createSecurityContext(SignedIn signedIn) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(People.signedIn(signedIn.name(), signedIn.email(), signedIn.value()));
        return context;
    }
}
