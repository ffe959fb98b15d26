package org.porth.identity.localidp;

import java.net.URI;

import org.porth.identity.DemoAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The embedded provider's demo accounts, told to the rest of the portal ({@link DemoAccounts}) once
 * they are known to be safe here: at a public address the portal does not start, unless the
 * deployment names the risk and takes it ({@link PublicAddressCheck}, decision 0024).
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
class DemoAccountsCheck {

    private static final Logger log = LoggerFactory.getLogger(DemoAccountsCheck.class);

    @Bean
    DemoAccounts demoAccounts(LocalIdpProperties properties, @Value("${porth.base-url}") URI baseUrl) {
        PublicAddressCheck.check(baseUrl, properties.allowDemoAccountsOnPublicAddress());
        if (!PublicAddressCheck.isLoopback(baseUrl)) {
            log.warn("Demo accounts with published passwords are on at {}, a public address, because {}=true",
                    baseUrl, PublicAddressCheck.OVERRIDE);
        }
        return DemoAccounts.of(properties.accounts().size());
    }
}
