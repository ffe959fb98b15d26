package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import org.junit.jupiter.api.Test;

/**
 * Porth's signatures are what Standard Webhooks 1.0 says: the specification's published example, and
 * a receiver using the reference library (com.standardwebhooks:standardwebhooks) accepts them.
 */
class StandardWebhooksTest {

    @Test
    void theSpecificationsExampleIsSignedAsPublished() {
        assertThat(StandardWebhooks.signature("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                "1614265330", "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8))).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void theReferenceLibraryVerifiesANewSecretsSignatureAndRefusesAChangedBody() throws Exception {
        String secret = StandardWebhooks.newSecret();
        assertThat(secret).startsWith("whsec_").hasSize(6 + 44);
        long now = Instant.now().getEpochSecond();
        String body = "{\"specversion\":\"1.0\",\"id\":\"e1\"}";
        HttpHeaders headers = HttpHeaders.of(Map.of("webhook-id", List.of("d1"),
                "webhook-timestamp", List.of(String.valueOf(now)),
                "webhook-signature", List.of(StandardWebhooks.signature(secret, "d1", String.valueOf(now), body.getBytes(StandardCharsets.UTF_8)))), (name, value) -> true);

        new Webhook(secret).verify(body, headers);

        assertThatThrownBy(() -> new Webhook(secret).verify(body.replace("e1", "e2"), headers))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(StandardWebhooks.newSecret()).verify(body, headers))
                .isInstanceOf(WebhookVerificationException.class);
    }
}
