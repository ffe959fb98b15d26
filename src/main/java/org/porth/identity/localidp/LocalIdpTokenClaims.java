package org.porth.identity.localidp;

import java.util.ArrayList;

import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts the demo account's profile into its ID tokens, as a real provider would: name, email and
 * language for everyone, and staff roles only for the staff client.
 */
@Component
@Profile("!prod")
class LocalIdpTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ROLES = "roles";

    private final LocalIdpProperties properties;

    LocalIdpTokenClaims(LocalIdpProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            return;
        }
        properties.account(context.getPrincipal().getName()).ifPresent(account -> {
            var claims = context.getClaims();
            claims.claim(StandardClaimNames.NAME, account.name())
                    .claim(StandardClaimNames.GIVEN_NAME, account.givenName())
                    .claim(StandardClaimNames.FAMILY_NAME, account.familyName())
                    .claim(StandardClaimNames.LOCALE, account.locale());
            if (context.getAuthorizedScopes().contains(OidcScopes.EMAIL)) {
                claims.claim(StandardClaimNames.EMAIL, account.email())
                        .claim(StandardClaimNames.EMAIL_VERIFIED, true);
            }
            if (properties.staffClientId().equals(context.getRegisteredClient().getClientId())) {
                // an ArrayList: the stored authorization is read back by Jackson, which allows only known list types
                claims.claim(ROLES, new ArrayList<>(account.roles()));
            }
        });
    }
}
