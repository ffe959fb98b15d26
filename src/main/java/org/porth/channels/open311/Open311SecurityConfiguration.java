package org.porth.channels.open311;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.porth.channels.ApiScope;
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
 * read), anyone may read (GeoReport is public), and a {@code POST} is made by the registered API
 * client whose {@code api_key} form field it carries ({@link Open311Keys}), with the {@code open311}
 * scope as its authority. A missing
 * or wrong key is answered by the controller, in the specification's error format.
 */
@Configuration
class Open311SecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain open311SecurityFilterChain(HttpSecurity http, Open311Keys keys) throws Exception {
        http.securityMatcher("/open311/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiKeyFilter(keys), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    /** On a POST, the client whose key it carries; on anything else, nobody. */
    private static final class ApiKeyFilter extends OncePerRequestFilter {

        private final Open311Keys keys;

        ApiKeyFilter(Open311Keys keys) {
            this.keys = keys;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("POST".equals(request.getMethod())) {
                keys.clientWithKey(request.getParameter("api_key")).ifPresent(client -> SecurityContextHolder
                        .getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(client, null,
                                List.of(new SimpleGrantedAuthority(ApiScope.OPEN311.authority())))));
            }
            chain.doFilter(request, response);
        }
    }
}
