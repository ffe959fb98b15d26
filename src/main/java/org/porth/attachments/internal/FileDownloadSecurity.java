package org.porth.attachments.internal;

import org.porth.identity.SecurityHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * File downloads are outside Vaadin's views, which the portal's own security chain denies by
 * default; this chain, ahead of it, lets signed-in people through to the controller (which decides
 * per file) and answers anyone else with 404, without remembering the address for after sign-in.
 */
@Configuration(proxyBeanMethods = false)
class FileDownloadSecurity {

    // ahead of the portal's chain (order 2), which matches every request
    private static final int BEFORE_THE_PORTAL = 1;

    @Bean
    @Order(BEFORE_THE_PORTAL)
    SecurityFilterChain fileDownloadSecurityFilterChain(HttpSecurity http,
            @Value("${porth.security.content-security-policy}") String contentSecurityPolicy) throws Exception {
        http.securityMatcher("/files/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND)))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(SecurityHeaders.portalHeaders(contentSecurityPolicy));
        return http.build();
    }
}
