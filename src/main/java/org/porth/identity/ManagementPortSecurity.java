package org.porth.identity;

import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The management port (health for the load balancer, metrics for Prometheus) answers without
 * sign-in: the machines that call it cannot sign in, and the port is kept off the internet
 * (docs/operations.md). On the portal's own port there is no actuator at all. When a council puts
 * management on the portal's port instead, this chain is absent and the endpoints stay behind the
 * portal's sign-in.
 */
@Configuration
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
class ManagementPortSecurity {

    @Bean
    @Order(-1)
    SecurityFilterChain managementPortSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }
}
