package org.porth.identity.localidp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses count as a developer's own machine: loopback ones only, and no name is looked up. */
class PublicAddressCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://LOCALHOST", "http://127.0.0.1:8080", "http://127.10.20.30",
            "http://[::1]:8080", "https://localhost/porth"})
    void loopbackAddresses(String url) {
        assertThat(PublicAddressCheck.isLoopback(URI.create(url))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://portal.example.gov.uk", "http://10.0.0.5:8080", "http://192.168.1.20",
            "http://0.0.0.0:8080", "http://[2001:db8::1]", "http://localhost.example.com", "http://128.0.0.1",
            "http://my-laptop:8080", "file:///tmp/porth"})
    void everyOtherAddressIsPublic(String url) {
        assertThat(PublicAddressCheck.isLoopback(URI.create(url))).isFalse();
    }
}
