package org.porth.channels.oauth;

import java.util.Set;
import java.util.function.Consumer;

import org.porth.identity.SecurityHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The authorization server's endpoints in {@code prod}, where the embedded provider (whose chain
 * serves them elsewhere) is off: API clients get tokens, and a resident allowing an app signs in
 * with the portal's own resident sign-in, whose session this chain shares.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionAuthorizationServer {

    /** The portal's sign-in (identity's SignInController): it sends a resident to their provider and back. */
    private static final String PORTAL_SIGN_IN = "/sign-in";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http,
            Consumer<OAuth2AuthorizationServerConfigurer> apiAuthorizationServer,
            @Value("${porth.security.content-security-policy}") String contentSecurityPolicy) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            apiAuthorizationServer.accept(server);
        });
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint(PORTAL_SIGN_IN), htmlPages()));
        // the portal's success handler returns the resident to the saved address as it was asked for
        var requestCache = new HttpSessionRequestCache();
        requestCache.setMatchingRequestParameterName(null);
        http.requestCache(cache -> cache.requestCache(requestCache));
        http.headers(SecurityHeaders.portalHeaders(contentSecurityPolicy));
        return http.build();
    }

    private static MediaTypeRequestMatcher htmlPages() {
        var matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return matcher;
    }
}
