package org.porth.identity;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** Loads the signed-in person from the provider and gives them Porth roles, and nothing else. */
@Component
class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NO_ROLE = "porth_no_role";

    private final OidcUserService delegate = new OidcUserService();
    private final RoleMapping roleMapping;

    PortalOidcUserService(RoleMapping roleMapping) {
        this.roleMapping = roleMapping;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        String registrationId = request.getClientRegistration().getRegistrationId();
        Set<Role> roles = roleMapping.rolesFor(registrationId, user.getClaims());
        if (roles.isEmpty()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_ROLE,
                    "The account signed in through '" + registrationId + "' has no Porth role", null));
        }
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), IdTokenClaimNames.SUB);
    }
}
