package org.porth.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Webhook URLs that lead into the council's own network are refused unless their host is allow-listed;
 * others must be https. (Addresses are given as literals: no name is looked up.)
 */
class AddressGuardTest {

    private final AddressGuard guard = guard(List.of());

    @Test
    void privateLoopbackLinkLocalAndReservedAddressesAreRefused() {
        for (String url : List.of("https://127.0.0.1/hook", "https://10.1.2.3/hook", "https://172.16.0.1/hook",
                "https://192.168.1.10/hook", "https://169.254.169.254/latest/meta-data", "https://0.0.0.0/hook",
                "https://100.64.0.1/hook", "https://[::1]/hook", "https://[fd00::1]/hook", "https://[fe80::1]/hook",
                "https://[::ffff:127.0.0.1]/hook", "https://224.0.0.1/hook")) {
            assertThat(guard.refusal(url)).as(url).contains("webhooks.url.private");
        }
    }

    @Test
    void aPublicHttpsAddressIsAllowedAndPlainHttpOrANonsenseAddressIsNot() {
        assertThat(guard.refusal("https://203.0.113.9/porth-events")).isEmpty();
        assertThat(guard.refusal("http://203.0.113.9/porth-events")).contains("webhooks.url.not-https");
        assertThat(guard.refusal("ftp://203.0.113.9/x")).contains("webhooks.url.wrong");
        assertThat(guard.refusal("https://user:pass@203.0.113.9/x")).contains("webhooks.url.wrong");
        assertThat(guard.refusal("not a url")).contains("webhooks.url.wrong");
    }

    @Test
    void anAllowListedHostMayBeLocalAndPlainHttp() {
        AddressGuard allowing = guard(List.of("LocalHost", "127.0.0.1"));
        assertThat(allowing.refusal("http://localhost:8081/hook")).isEmpty();
        assertThat(allowing.refusal("http://127.0.0.1:8081/hook")).isEmpty();
        assertThat(allowing.refusal("https://10.0.0.1/hook")).contains("webhooks.url.private");
    }

    @Test
    void aPublicAddressIsPublic() throws Exception {
        assertThat(AddressGuard.isPublic(InetAddress.getByName("8.8.8.8"))).isTrue();
        assertThat(AddressGuard.isPublic(InetAddress.getByName("2001:4860:4860::8888"))).isTrue();
    }

    private static AddressGuard guard(List<String> allowed) {
        return new AddressGuard(new WebhookProperties(allowed, "https://porth.example", Duration.ofSeconds(5), 50, 4,
                Duration.ofMinutes(2), Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofHours(12),
                Duration.ofHours(72), "https://porth.example/staff/admin/webhooks/{id}"));
    }
}
