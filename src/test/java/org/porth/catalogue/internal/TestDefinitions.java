package org.porth.catalogue.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test definitions under {@code definitions/} in the test resources. */
final class TestDefinitions {

    private TestDefinitions() {
    }

    static String text(String name) {
        try (InputStream in = TestDefinitions.class.getResourceAsStream("/definitions/" + name + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
