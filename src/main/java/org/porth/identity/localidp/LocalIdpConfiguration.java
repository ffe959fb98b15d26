package org.porth.identity.localidp;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.porth.identity.SecurityHeaders;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The embedded OpenID Connect provider (Spring Authorization Server), on in every profile but
 * {@code prod}, so Porth runs and is tested end to end with no outside service. Its clients,
 * issuer and endpoints are set in {@code application.properties}.
 * <p>
 * Its password check is throttled ({@link SignInThrottle}), it refuses to start at a public address
 * ({@link PublicAddressCheck}) and it keeps its authorizations in the database (decision 0024).
 * <p>
 * It shares the servlet session with the portal, so it keeps its sign-in and its saved request
 * under session keys of its own: otherwise the provider's sign-in would overwrite the portal's
 * and the page the resident first asked for would be lost.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
class LocalIdpConfiguration {

    static final String LOGIN_PAGE = "/idp/login";
    private static final String SESSION_PREFIX = "PORTH_LOCAL_IDP_";

    @Bean
    @Order(1)
    SecurityFilterChain localIdpSecurityFilterChain(HttpSecurity http, SignInThrottle throttle,
            LocalIdpProperties properties, JWKSource<SecurityContext> signingKey,
            ObjectProvider<Consumer<OAuth2AuthorizationServerConfigurer>> authorizationServerParts,
            @Value("${porth.security.content-security-policy}") String contentSecurityPolicy) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(new OrRequestMatcher(server.getEndpointsMatcher(),
                    PathPatternRequestMatcher.withDefaults().matcher("/idp/**")));
            server.oidc(withDefaults());
            // the API clients' parts of the one authorization server (channels, decision 0033)
            authorizationServerParts.orderedStream().forEach(part -> part.accept(server));
        });
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(LOGIN_PAGE).permitAll()
                .anyRequest().authenticated());
        // the only password check there is: no UserDetailsService bean, so nothing can get round the throttle
        http.authenticationProvider(new ThrottledPasswordCheck(throttle, demoAccountPasswords(properties)));
        http.formLogin(form -> form.loginPage(LOGIN_PAGE).failureHandler(new LocalIdpLoginFailureHandler()));
        // the user info endpoint's own decoder: the JwtDecoder bean is the API's, which takes API clients' tokens only
        http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> jwt.decoder(
                OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKey))));
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), htmlPages()));
        http.securityContext(context -> context.securityContextRepository(ownSecurityContext()));
        http.requestCache(cache -> cache.requestCache(ownRequestCache()));
        http.headers(SecurityHeaders.portalHeaders(contentSecurityPolicy));
        return http.build();
    }

    /** The sign-in clients; the authorization server's list of clients (channels) includes them. */
    @Bean
    InMemoryRegisteredClientRepository signInClients(OAuth2AuthorizationServerProperties properties) {
        return SignInClients.of(properties);
    }

    private static DaoAuthenticationProvider demoAccountPasswords(LocalIdpProperties properties) {
        List<UserDetails> users = properties.accounts().stream()
                .map(account -> User.withUsername(account.username())
                        .password(account.password())
                        .authorities(account.roles().toArray(String[]::new))
                        .build())
                .toList();
        var passwords = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(users));
        passwords.setPasswordEncoder(demoPasswordEncoder());
        return passwords;
    }

    /** Demo passwords may be plain in local configuration or {@code {bcrypt}...} hashes. */
    private static PasswordEncoder demoPasswordEncoder() {
        var encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(NoOpPasswordEncoder.getInstance());
        return encoder;
    }

    private static MediaTypeRequestMatcher htmlPages() {
        var matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return matcher;
    }

    private static HttpSessionSecurityContextRepository ownSecurityContext() {
        var repository = new HttpSessionSecurityContextRepository();
        repository.setSpringSecurityContextKey(SESSION_PREFIX + "SECURITY_CONTEXT");
        return repository;
    }

    private static HttpSessionRequestCache ownRequestCache() {
        var cache = new HttpSessionRequestCache();
        cache.setSessionAttrName(SESSION_PREFIX + "SAVED_REQUEST");
        return cache;
    }
}
