package org.porth.channels.api;

import org.porth.devices.SignedSources;
import org.porth.identity.SecurityHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's own filter chain, before the portal's: an OAuth 2.0 resource server taking JWT
 * access tokens (checked by the context's {@code JwtDecoder}), stateless (no session, no CSRF: no
 * cookie is ever read), the token's scopes as authorities ({@code SCOPE_requests:write}), and 401,
 * 403, 413 and 429 as problems. The OpenAPI document and its page are open to all.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
public class ApiSecurityConfiguration {

    /** The OpenAPI document, its page for developers (Swagger UI) and the page's files. */
    static final String[] OPEN = {"/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/docs",
            "/api/v1/swagger-ui/**"};

    @Bean
    @Order(0)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, RateLimits rateLimits, JsonMapper json,
            ApiProperties properties, SignedSources signedSources,
            @Value("${porth.security.content-security-policy}") String contentSecurityPolicy) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.securityMatcher("/api/**");
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(OPEN).permitAll()
                .anyRequest().authenticated());
        http.oauth2ResourceServer(resourceServer -> resourceServer
                .jwt(jwt -> { })
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems));
        http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        http.csrf(csrf -> csrf.disable());
        http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.requestCache(cache -> cache.disable());
        http.anonymous(anonymous -> { });
        http.addFilterBefore(new SignedAlertFilter(signedSources, json, problems, properties.maxBodySize().toBytes()),
                BearerTokenAuthenticationFilter.class);
        http.addFilterAfter(new ApiCallerFilter(), BearerTokenAuthenticationFilter.class);
        http.addFilterAfter(new RateLimitFilter(rateLimits, problems), ApiCallerFilter.class);
        http.addFilterAfter(new BodySizeFilter(properties.maxBodySize().toBytes(), problems), RateLimitFilter.class);
        http.headers(SecurityHeaders.portalHeaders(contentSecurityPolicy));
        return http.build();
    }
}
