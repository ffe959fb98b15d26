package org.porth.shared;

import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;
import org.springframework.stereotype.Component;

/**
 * What the {@code prod} profile refuses to start with, checked before any bean (the database
 * included) is made, and reported all at once: a setting that is not set, a database other than
 * PostgreSQL, and an address the portal or a sign-in provider is reached at that is not HTTPS
 * (plain HTTP only on this machine, for trying production settings locally). Decision 0023.
 */
@Component
@Profile("prod")
class ProductionSettings implements BeanFactoryPostProcessor, EnvironmentAware {

    private static final List<String> REGISTRATIONS = List.of("resident", "staff");
    private static final List<String> PROVIDER_ENDPOINTS = List.of("authorization-uri", "token-uri", "jwk-set-uri",
            "user-info-uri");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The prod profile refuses to start with " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + " (docs/operations.md):\n- "
                    + String.join("\n- ", problems));
        }
    }

    static List<String> problems(PropertyResolver settings) {
        List<String> problems = new ArrayList<>();
        for (String name : required()) {
            try {
                settings.getRequiredProperty(name);
            } catch (IllegalArgumentException | IllegalStateException e) {
                problems.add(name + " is not set: " + e.getMessage());
            }
        }
        value(settings, "spring.datasource.url")
                .filter(url -> !url.startsWith("jdbc:postgresql:"))
                .ifPresent(url -> problems.add("spring.datasource.url (PORTH_DB_URL) is " + scheme(url)
                        + ", not PostgreSQL: production keeps its data and its append-only audit log in PostgreSQL"));
        for (String name : addresses()) {
            value(settings, name).filter(address -> !secure(address)).ifPresent(address -> problems.add(name
                    + " is " + address + ": it must be https:// (plain http only for localhost)"));
        }
        return problems;
    }

    private static List<String> required() {
        Stream<String> clients = REGISTRATIONS.stream().flatMap(registration -> Stream.of(
                "spring.security.oauth2.client.registration." + registration + ".client-id",
                "spring.security.oauth2.client.registration." + registration + ".client-secret"));
        return Stream.of(Stream.of("spring.datasource.url", "spring.datasource.username",
                "spring.datasource.password"), clients, addresses().stream()).flatMap(s -> s).toList();
    }

    private static List<String> addresses() {
        Stream<String> providers = REGISTRATIONS.stream().flatMap(registration -> Stream.concat(
                PROVIDER_ENDPOINTS.stream().map(endpoint ->
                        "spring.security.oauth2.client.provider." + registration + "-provider." + endpoint),
                Stream.of("porth.identity.end-session-uris." + registration)));
        return Stream.concat(Stream.of("porth.base-url"), providers).toList();
    }

    private static Optional<String> value(PropertyResolver settings, String name) {
        try {
            return Optional.ofNullable(settings.getProperty(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // reported as not set
        }
    }

    /** The kind of database only: a JDBC address may carry a password. */
    private static String scheme(String url) {
        int second = url.indexOf(':', "jdbc:".length());
        return second < 0 ? "not a JDBC address" : url.substring(0, second);
    }

    private static boolean secure(String address) {
        try {
            URI uri = URI.create(address);
            return "https".equals(uri.getScheme())
                    || "http".equals(uri.getScheme()) && uri.getHost() != null && isLoopback(uri.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isLoopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // a name: never looked up here
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
