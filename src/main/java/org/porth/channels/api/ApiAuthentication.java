package org.porth.channels.api;

import java.util.Collection;

import org.porth.channels.ApiCaller;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A call to the API: the caller from the token, with the token's scopes as authorities. */
final class ApiAuthentication extends AbstractAuthenticationToken {

    private final ApiCaller caller;
    private final transient Jwt token;

    ApiAuthentication(ApiCaller caller, Jwt token, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.caller = caller;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public ApiCaller getPrincipal() {
        return caller;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return caller.callerId();
    }
}
