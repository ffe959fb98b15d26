package org.porth.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class InlineScriptHashesTest {

    private static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self'";

    @Test
    void aScriptIsAllowedByTheBase64OfItsSha256AsBrowsersWorkItOut() {
        assertThat(InlineScriptHashes.hash("")).isEqualTo("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
        assertThat(InlineScriptHashes.hash("alert('Hello, world.');"))
                .isEqualTo("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
    }

    @Test
    void theHashesGoIntoScriptSrcOnly() {
        assertThat(InlineScriptHashes.withScriptHashes(POLICY, List.of("'sha256-a'", "'sha256-b'"))).isEqualTo(
                "default-src 'self'; script-src 'self' 'unsafe-eval' 'sha256-a' 'sha256-b'; style-src 'self'");
    }

    @Test
    void aPageWithoutInlineScriptsKeepsThePolicy() {
        assertThat(InlineScriptHashes.withScriptHashes(POLICY, List.of())).isEqualTo(POLICY);
    }
}
