package org.porth.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Which of Spring Security's own Micrometer observations the portal records: authentications only
 * (sign-ins and API tokens, failed ones included). Observing the filter chain wraps each of its
 * filters, and observing authorizations wraps every access decision, on every call: about a twentieth
 * of the CPU an API submission took, for timings no one reads ({@code http.server.requests} still
 * times each call). Decision 0049.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .build();
    }
}
