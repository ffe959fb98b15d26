package org.porth.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.porth.PortalApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The real portal, on its embedded defaults, pointed at a public address: it does not start, and the
 * operator reads why and what to do in the log, not a stack trace to puzzle over.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsOnPublicAddressTest {

    @Test
    void thePortalDoesNotStartWithDemoAccountsOnAPublicAddress(CapturedOutput log) {
        Throwable failure = catchThrowable(() -> SpringApplication.run(PortalApplication.class,
                "--porth.base-url=https://portal.example.gov.uk", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:public-address-" + UUID.randomUUID()
                        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH").close());

        assertThat(failure).as("start-up refused").isNotNull();
        assertThat(log.getOut()).contains("APPLICATION FAILED TO START")
                .contains("porth.base-url (https://portal.example.gov.uk) is not a loopback address")
                .contains("porth.local-idp.allow-demo-accounts-on-public-address=true");
    }
}
