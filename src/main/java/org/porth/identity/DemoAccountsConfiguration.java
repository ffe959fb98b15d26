package org.porth.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;

/** No demo accounts, unless the embedded sign-in provider (identity.localidp) says it has some. */
@Configuration(proxyBeanMethods = false)
class DemoAccountsConfiguration {

    @Bean
    @Fallback
    DemoAccounts noDemoAccounts() {
        return DemoAccounts.NONE;
    }
}
