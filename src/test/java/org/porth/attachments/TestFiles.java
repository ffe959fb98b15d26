package org.porth.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The small real files under test resources {@code files/}: a JPEG, a PNG, a PDF, an iPhone photo's start. */
public final class TestFiles {

    private TestFiles() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/files/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test file files/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
