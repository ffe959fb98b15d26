package org.porth.browserless;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.porth.identity.Role;
import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * The test runs as a person signed in through OpenID Connect, in the shape the portal's sign-in
 * produces: an {@code OAuth2AuthenticationToken} for the resident or the staff registration
 * holding a {@code DefaultOidcUser} with ROLE_ authorities. Spring Security's test support puts
 * it in the security context before the browserless UI is created, and clears it afterwards.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithSecurityContext(factory = SignedInSecurityContextFactory.class)
public @interface SignedIn {

    /** The person's roles: residents sign in through the resident registration, anyone else through staff. */
    Role[] value() default Role.RESIDENT;

    String name() default People.RESIDENT_NAME;

    /** Empty for a sign-in service that does not share the email address. */
    String email() default People.RESIDENT_EMAIL;
}
