package org.porth.channels.oauth;

import org.porth.identity.SecurityHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The consent page in a chain of its own, open to anyone: it shows only an app's name and what it
 * asks for, and its answer goes to the authorization server's endpoint, which checks who is signed
 * in there (the embedded provider's session, or in prod the portal's) and the request's state.
 */
@Configuration(proxyBeanMethods = false)
class ConsentPageSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain consentPageSecurityFilterChain(HttpSecurity http,
            @Value("${porth.security.content-security-policy}") String contentSecurityPolicy) throws Exception {
        http.securityMatcher(AuthorizationServerConfiguration.CONSENT_PAGE);
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        http.headers(SecurityHeaders.portalHeaders(contentSecurityPolicy));
        return http.build();
    }
}
