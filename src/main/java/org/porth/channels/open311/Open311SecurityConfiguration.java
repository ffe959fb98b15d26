package org.porth.channels.open311;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Open311 is its own stateless chain on {@code /open311/**}: no session, no CSRF (no cookie is ever
 * read), anyone may read (GeoReport is public), and a {@code POST} is made by the client whose
 * {@code api_key} form field it carries, with the {@code open311} scope as its authority. A missing
 * or wrong key is answered by the controller, in the specification's error format.
 */
@Configuration
class Open311SecurityConfiguration {

    static final String SCOPE = "SCOPE_open311";

    @Bean
    @Order(0)
    SecurityFilterChain open311SecurityFilterChain(HttpSecurity http, Open311Clients clients) throws Exception {
        http.securityMatcher("/open311/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiKeyFilter(clients), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    /** On a POST, the client whose key it carries; on anything else, nobody. */
    private static final class ApiKeyFilter extends OncePerRequestFilter {

        private final Open311Clients clients;

        ApiKeyFilter(Open311Clients clients) {
            this.clients = clients;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("POST".equals(request.getMethod())) {
                clients.clientWithKey(request.getParameter("api_key")).ifPresent(client -> SecurityContextHolder
                        .getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(client, null,
                                List.of(new SimpleGrantedAuthority(SCOPE)))));
            }
            chain.doFilter(request, response);
        }
    }
}
