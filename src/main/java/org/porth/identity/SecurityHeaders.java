package org.porth.identity;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every response carries, from the portal and from the embedded sign-in provider
 * alike: the content security policy, no framing, a strict referrer policy (Spring adds nosniff,
 * and HSTS on HTTPS).
 */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    public static Customizer<HeadersConfigurer<HttpSecurity>> portalHeaders(String contentSecurityPolicy) {
        return headers -> headers
                .withObjectPostProcessor(writeHeadersEagerly())
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny());
    }

    /** Vaadin writes its page responses past Spring Security's lazy header hook: write them first. */
    private static ObjectPostProcessor<HeaderWriterFilter> writeHeadersEagerly() {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        };
    }
}
