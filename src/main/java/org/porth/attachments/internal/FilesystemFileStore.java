package org.porth.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.porth.attachments.FileStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Files in a folder: {@code <location>/<first two characters of the id>/<id>}, so no folder grows
 * too big. Content is written to a temporary file beside them and moved into place only when it is
 * complete, so a broken or refused upload leaves nothing under its id.
 */
@Component
@ConditionalOnProperty(name = "porth.files.store", havingValue = "folder", matchIfMissing = true)
class FilesystemFileStore implements FileStore {

    private final Path root;

    FilesystemFileStore(FilesProperties properties) {
        this.root = properties.location().toAbsolutePath().normalize();
    }

    @Override
    public void put(String id, InputStream content) throws IOException {
        Path target = pathOf(id);
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(root, ".upload-", ".part");
        try {
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public Optional<InputStream> open(String id) throws IOException {
        try {
            return Optional.of(Files.newInputStream(pathOf(id)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String id) throws IOException {
        Files.deleteIfExists(pathOf(id));
    }

    private Path pathOf(String id) {
        FileIds.checked(id);
        return root.resolve(id.substring(0, 2)).resolve(id);
    }
}
