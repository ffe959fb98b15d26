package org.porth.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.porth.browserless.People;
import org.porth.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The whole portal with its real security; uploads go to the test folder set in the tests'
 * {@code config/application.properties}. No properties of its own here: the portal's context is
 * shared with the view tests, and a second one would take over Spring Security's static holder.
 */
@SpringBootTest
abstract class FilesTestBase {

    static final Authentication SAM = People.resident();
    static final Authentication RHIAN = People.signedIn("Rhian Evans", "rhian.evans@example.com", Role.RESIDENT);
    static final Authentication CARA = People.officer(Role.CASEWORKER);

    @Value("${porth.files.location}")
    private Path files;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signIn(Authentication person) {
        SecurityContextHolder.getContext().setAuthentication(person);
    }

    static String newDraftId() {
        return UUID.randomUUID().toString();
    }

    /** A file question of a new draft. */
    static UploadSlot newSlot() {
        return questionOf(newDraftId());
    }

    static UploadSlot questionOf(String draftId) {
        return new UploadSlot.Question(draftId, "photos");
    }

    static byte[] fixture(String name) {
        return TestFiles.bytes(name);
    }

    /** Every file the store holds, in-progress uploads included. */
    long filesInStore() {
        if (!Files.exists(files)) {
            return 0;
        }
        try (Stream<Path> found = Files.walk(files)) {
            return found.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
