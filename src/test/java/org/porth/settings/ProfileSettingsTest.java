package org.porth.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * application.properties is two documents: the settings of every profile, then the embedded sign-in
 * provider's (not in {@code prod}). Spring Boot starts the second document only where {@code #---}
 * is followed by a line that is not a comment; when it was not, every setting silently belonged to
 * the second document and {@code prod} started without any of them.
 */
class ProfileSettingsTest {

    @Test
    void theSettingsFileIsTwoDocuments() throws IOException {
        assertThat(documents()).hasSize(2);
        assertThat(documents().getLast().getProperty("spring.config.activate.on-profile")).isEqualTo("!prod");
    }

    @Test
    void everySettingForEveryProfileIsThereInProd() throws IOException {
        var everyProfile = (EnumerablePropertySource<?>) documents().getFirst();
        try (ConfigurableApplicationContext prod = settingsOnly("prod")) {
            Environment environment = prod.getEnvironment();
            assertThat(everyProfile.getPropertyNames())
                    .contains("porth.notify.text.timeout", "porth.security.content-security-policy")
                    .allSatisfy(name -> assertThat(environment.containsProperty(name))
                            .as("%s in prod", name).isTrue());
        }
    }

    @Test
    void theEmbeddedProvidersSettingsAreNotThereInProd() throws IOException {
        var embeddedProvider = (EnumerablePropertySource<?>) documents().getLast();
        try (ConfigurableApplicationContext prod = settingsOnly("prod");
                ConfigurableApplicationContext defaults = settingsOnly()) {
            assertThat(embeddedProvider.getPropertyNames())
                    .contains("porth.local-idp.accounts[0].username", "porth.local-idp.issuer")
                    .filteredOn(name -> name.startsWith("porth.local-idp."))
                    .allSatisfy(name -> {
                        assertThat(prod.getEnvironment().containsProperty(name)).as("%s in prod", name).isFalse();
                        assertThat(defaults.getEnvironment().containsProperty(name)).as("%s by default", name).isTrue();
                    });
        }
    }

    private static List<PropertySource<?>> documents() throws IOException {
        return new PropertiesPropertySourceLoader().load("application.properties",
                new ClassPathResource("application.properties"));
    }

    /** The settings as the portal reads them for these profiles, with no bean of the portal started. */
    private static ConfigurableApplicationContext settingsOnly(String... profiles) {
        var application = new SpringApplication(NoBeans.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setAdditionalProfiles(profiles);
        return application.run();
    }

    @Configuration(proxyBeanMethods = false)
    static class NoBeans {
    }
}
