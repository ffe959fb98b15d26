package org.porth.identity.localidp;

import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded provider's throttles of failed sign-ins: one by account, and a looser one by client
 * address, which several people may share (an office, a mobile network).
 */
@ConfigurationProperties("porth.local-idp.sign-in-throttle")
record SignInThrottleProperties(ThrottlePolicy account, ThrottlePolicy address) {

    SignInThrottleProperties {
        Objects.requireNonNull(account, "porth.local-idp.sign-in-throttle.account.* must be set");
        Objects.requireNonNull(address, "porth.local-idp.sign-in-throttle.address.* must be set");
    }
}
