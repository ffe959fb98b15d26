package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionSettingsTest {

    @Test
    void aCompleteProductionSetUpHasNoProblem() {
        assertThat(ProductionSettings.problems(complete())).isEmpty();
    }

    @Test
    void aSettingThatIsNotSetIsNamedWithItsVariable() {
        MockEnvironment settings = complete()
                .withProperty("spring.security.oauth2.client.registration.staff.client-secret",
                        "${PORTH_STAFF_CLIENT_SECRET}");

        assertThat(ProductionSettings.problems(settings)).singleElement().asString()
                .startsWith("spring.security.oauth2.client.registration.staff.client-secret is not set")
                .contains("PORTH_STAFF_CLIENT_SECRET");
    }

    @Test
    void onlyPostgreSqlAndNeverThePasswordInTheAddress() {
        MockEnvironment settings = complete()
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/porth;PASSWORD=secret");

        assertThat(ProductionSettings.problems(settings)).singleElement().asString()
                .contains("is jdbc:h2, not PostgreSQL")
                .doesNotContain("secret");
    }

    @Test
    void plainHttpOnlyForThisMachine() {
        MockEnvironment settings = complete()
                .withProperty("porth.base-url", "http://portal.example.gov.uk")
                .withProperty("spring.security.oauth2.client.provider.resident-provider.token-uri",
                        "http://login.example.com/token")
                .withProperty("spring.security.oauth2.client.provider.staff-provider.token-uri",
                        "http://127.0.0.1:9000/token")
                .withProperty("porth.identity.end-session-uris.staff", "http://[::1]:9000/logout");

        assertThat(ProductionSettings.problems(settings)).containsExactly(
                "porth.base-url is http://portal.example.gov.uk: it must be https:// (plain http only for localhost)",
                "spring.security.oauth2.client.provider.resident-provider.token-uri is http://login.example.com/token:"
                        + " it must be https:// (plain http only for localhost)");
    }

    private static MockEnvironment complete() {
        MockEnvironment settings = new MockEnvironment()
                .withProperty("porth.base-url", "https://portal.example.gov.uk")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.internal:5432/porth")
                .withProperty("spring.datasource.username", "porth")
                .withProperty("spring.datasource.password", "");
        for (String registration : List.of("resident", "staff")) {
            String provider = "spring.security.oauth2.client.provider." + registration + "-provider.";
            settings.withProperty("spring.security.oauth2.client.registration." + registration + ".client-id", "id")
                    .withProperty("spring.security.oauth2.client.registration." + registration + ".client-secret", "s")
                    .withProperty(provider + "authorization-uri", "https://login.example.com/authorize")
                    .withProperty(provider + "token-uri", "https://login.example.com/token")
                    .withProperty(provider + "jwk-set-uri", "https://login.example.com/jwks")
                    .withProperty(provider + "user-info-uri", "https://login.example.com/userinfo")
                    .withProperty("porth.identity.end-session-uris." + registration, "https://login.example.com/logout");
        }
        return settings;
    }
}
