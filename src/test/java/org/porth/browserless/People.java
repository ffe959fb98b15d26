package org.porth.browserless;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.porth.identity.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** The people the view tests sign in as, built the way the portal's OIDC sign-in builds them. */
public final class People {

    public static final String RESIDENT_NAME = "Sam Taylor";
    public static final String RESIDENT_EMAIL = "sam.taylor@example.com";
    public static final String OFFICER_NAME = "Cara Jones";
    public static final String OFFICER_EMAIL = "cara.jones@porth.example.gov.uk";

    private People() {
    }

    /**
     * A signed-in person with the given roles (registration "resident" for residents, else "staff"),
     * whose email, if any, their sign-in service has verified (as the embedded provider does).
     */
    public static OAuth2AuthenticationToken signedIn(String name, String email, Role... roles) {
        return signedIn(name, email, true, roles);
    }

    /** A resident whose sign-in service shares an email address it has not verified. */
    public static OAuth2AuthenticationToken residentWithUnverifiedEmail(String name, String email) {
        return signedIn(name, email, false, Role.RESIDENT);
    }

    /** A demo account of the embedded sign-in ("sam", "cara"), as the portal sees it after a real sign-in. */
    public static OAuth2AuthenticationToken demoAccount(String username, String name, Role... roles) {
        return signedIn(username, name, null, false, roles);
    }

    /**
     * The demo account "sam" with the email the embedded provider gives him: a test that acts as Sam
     * before his first sign-in in the browser makes the record his sign-in would have made.
     */
    public static OAuth2AuthenticationToken sam() {
        return signedIn("sam", RESIDENT_NAME, RESIDENT_EMAIL, true, Role.RESIDENT);
    }

    /** A resident whose sign-in service says they read Welsh ({@code locale} cy), as Rhian's does. */
    public static OAuth2AuthenticationToken residentReadingWelsh(String name, String email) {
        return signedIn(null, name, email, true, "cy", Role.RESIDENT);
    }

    private static OAuth2AuthenticationToken signedIn(String name, String email, boolean emailVerified, Role... roles) {
        return signedIn(null, name, email, emailVerified, roles);
    }

    private static OAuth2AuthenticationToken signedIn(String subject, String name, String email, boolean emailVerified,
            Role... roles) {
        return signedIn(subject, name, email, emailVerified, "en", roles);
    }

    private static OAuth2AuthenticationToken signedIn(String subject, String name, String email, boolean emailVerified,
            String locale, Role... roles) {
        boolean staff = Arrays.stream(roles).anyMatch(Role::isStaff);
        String registration = staff ? "staff" : "resident";
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        Instant now = Instant.now();
        OidcIdToken.Builder idToken = OidcIdToken.withTokenValue("test-id-token")
                .issuer("http://localhost/idp")
                .audience(List.of("porth-" + registration))
                .subject(subject != null ? subject : registration + "-" + name.toLowerCase().replace(' ', '.'))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(3600))
                .claim(StandardClaimNames.NAME, name)
                .claim(StandardClaimNames.LOCALE, locale);
        if (email != null && !email.isEmpty()) {
            idToken.claim(StandardClaimNames.EMAIL, email).claim(StandardClaimNames.EMAIL_VERIFIED, emailVerified);
        }
        DefaultOidcUser user = new DefaultOidcUser(authorities, idToken.build(), IdTokenClaimNames.SUB);
        return new OAuth2AuthenticationToken(user, authorities, registration);
    }

    public static OAuth2AuthenticationToken resident() {
        return signedIn(RESIDENT_NAME, RESIDENT_EMAIL, Role.RESIDENT);
    }

    public static OAuth2AuthenticationToken officer(Role... roles) {
        return signedIn(OFFICER_NAME, OFFICER_EMAIL, roles);
    }
}
