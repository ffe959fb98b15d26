package org.porth.browserless;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One security context holder for every Spring context the tests start. Vaadin makes a new holder
 * for each context and points Spring Security's static holder at the newest; a test class with a
 * context of its own (a {@code @TestBean}, an extra listener) would leave the shared context's
 * beans reading a holder that the next test's sign-in never reaches. Found by component scanning,
 * so every test context gets it; Vaadin's own is only made when there is none.
 */
@Configuration(proxyBeanMethods = false)
class SharedSecurityContextStrategy {

    private static final SecurityContextHolderStrategy SHARED = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    SecurityContextHolderStrategy vaadinAwareSecurityContextHolderStrategy() {
        return SHARED;
    }
}
