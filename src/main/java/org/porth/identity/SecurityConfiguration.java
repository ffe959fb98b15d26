package org.porth.identity;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The portal's own security: OpenID Connect sign-in for residents and staff (authorization code
 * with PKCE), Vaadin's view access control, sign-out at the provider too, and security headers.
 * The embedded provider, when on, has its own filter chain ahead of this one.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String SIGNED_OUT = "/?signed-out";
    static final String SIGN_IN_FAILED = "/?sign-in-failed";

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurityFilterChain(HttpSecurity http, SignInSuccessHandler successHandler,
            PortalOidcUserService userService, ClientRegistrationRepository clients,
            VaadinDefaultRequestCache requestCache,
            @Value("${porth.security.content-security-policy}") String contentSecurityPolicy) throws Exception {
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, successHandler);
        requestCache.setDelegateRequestCache(withoutContinueParameter());
        http.oauth2Login(login -> login
                .loginPage(SignInController.PATH)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce(clients)))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(userService))
                .failureHandler(new SignInFailureHandler()));
        http.headers(SecurityHeaders.portalHeaders(contentSecurityPolicy));
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new PageNotFoundForSignedIn()));
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(SignInController.PATH, IdleSessionController.PATH).permitAll()
                .requestMatchers(PageNotFoundForSignedIn::isPassedOn).authenticated());
        http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.oauth2LoginPage(SignInController.PATH, "{baseUrl}" + SIGNED_OUT));
        return http.build();
    }

    /** Residents come back to the address they asked for, not to it with "?continue" added. */
    private static HttpSessionRequestCache withoutContinueParameter() {
        var cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        return cache;
    }

    /** PKCE for every registration, confidential clients included (RFC 9700 recommends it). */
    private static DefaultOAuth2AuthorizationRequestResolver withPkce(ClientRegistrationRepository clients) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(clients,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }
}
