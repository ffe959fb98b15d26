package org.porth.identity.localidp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.porth.identity.DemoAccounts;
import org.porth.identity.localidp.PublicAddressCheck.DemoAccountsOnPublicAddressException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/**
 * Demo accounts at a public address: the context does not start, saying why and what to do, unless
 * the setting that names the risk is set. At a loopback address they are on, as they always were.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsCheckTest {

    private final ApplicationContextRunner portal = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, DemoAccountsCheck.class)
            .withPropertyValues("porth.local-idp.accounts[0].username=alex", "porth.local-idp.accounts[0].password=demo",
                    "porth.local-idp.accounts[0].roles=ADMIN");

    @Test
    void onALoopbackAddressTheDemoAccountsAreOn() {
        portal.withPropertyValues("porth.base-url=http://localhost:8080").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(DemoAccounts.class).exist()).isTrue();
        });
    }

    @Test
    void onAPublicAddressStartUpIsRefusedWithAClearMessage() {
        portal.withPropertyValues("porth.base-url=https://portal.example.gov.uk").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(DemoAccountsOnPublicAddressException.class)
                    .hasMessage("The embedded sign-in provider, whose demo accounts have published passwords, is on, and"
                            + " porth.base-url (https://portal.example.gov.uk) is not a loopback address (localhost,"
                            + " 127.0.0.0/8, ::1). Porth does not start like this.");

            FailureAnalysis analysis = new DemoAccountsFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getAction()).contains("--spring.profiles.active=prod,postgres")
                    .contains("porth.local-idp.allow-demo-accounts-on-public-address=true");
        });
    }

    @Test
    void theSettingThatNamesTheRiskLetsAPublicDemonstrationStartAndItIsLogged(CapturedOutput log) {
        portal.withPropertyValues("porth.base-url=https://demo.example.org",
                "porth.local-idp.allow-demo-accounts-on-public-address=true").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(DemoAccounts.class).exist()).isTrue();
        });
        assertThat(log.getOut()).contains("Demo accounts with published passwords are on at https://demo.example.org,"
                + " a public address, because porth.local-idp.allow-demo-accounts-on-public-address=true");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LocalIdpProperties.class)
    static class Properties {
    }
}
