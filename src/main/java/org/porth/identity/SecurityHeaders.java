package org.porth.identity;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every response carries, from the portal and from the embedded sign-in provider
 * alike: the content security policy, no framing, a strict referrer policy, no camera, microphone
 * or location (Spring adds nosniff, and HSTS on HTTPS), and "no-store" on all but static resources.
 * Decisions 0023 and 0070.
 */
public final class SecurityHeaders {

    /** No page of the portal uses these; a script that got in could not either. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private SecurityHeaders() {
    }

    public static Customizer<HeadersConfigurer<HttpSecurity>> portalHeaders(String contentSecurityPolicy) {
        return headers -> headers
                .withObjectPostProcessor(writeHeadersEagerly())
                // written eagerly, "Pragma: no-cache" would stay beside the long lifetime Vaadin gives a
                // stylesheet or script, and Chromium then asks for it again on every page (decision 0070)
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(StaticResources.notStatic(),
                        new CacheControlHeadersWriter()))
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
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
