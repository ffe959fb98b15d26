package org.porth.channels.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.porth.channels.ApiCaller;
import org.porth.identity.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a verified access token into the {@link ApiCaller} services see. A token a resident gave an
 * app also makes the call the resident's ({@link Role#RESIDENT}): the resident services then answer
 * about that resident (identity's CurrentUser, ResidentProfiles), exactly as when they sign in; what
 * the app may do at all is its scopes, checked on every API service method.
 */
final class ApiCallerFilter extends OncePerRequestFilter {

    static final String CLIENT_ID = "client_id";
    static final String CLIENT_NAME = "client_name";
    static final String RESIDENT_ID = "resident_id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(toCaller(token));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    static ApiAuthentication toCaller(JwtAuthenticationToken token) {
        Jwt jwt = token.getToken();
        String clientId = Optional.ofNullable(jwt.getClaimAsString(CLIENT_ID)).orElse(jwt.getSubject());
        String clientName = Optional.ofNullable(jwt.getClaimAsString(CLIENT_NAME)).orElse(clientId);
        Optional<String> resident = Optional.ofNullable(jwt.getClaimAsString(RESIDENT_ID)).filter(id -> !id.isBlank());
        List<GrantedAuthority> authorities = new ArrayList<>(token.getAuthorities().stream()
                .filter(authority -> authority.getAuthority().startsWith("SCOPE_")).toList());
        resident.ifPresent(id -> authorities.add(new SimpleGrantedAuthority(Role.RESIDENT.authority())));
        return new ApiAuthentication(new ApiCaller(clientId, clientName, resident), jwt, authorities);
    }
}
