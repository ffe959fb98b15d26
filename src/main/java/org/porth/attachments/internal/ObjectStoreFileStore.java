package org.porth.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.porth.attachments.FileStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Files in an S3-compatible object store, shared by every node of a cluster (decision 0044). An
 * object appears in S3 only when its whole body has arrived, so content is first spooled to a
 * temporary file: a broken or refused upload never reaches the store, and the store learns the
 * length it needs before the first byte is sent.
 */
@Component
@ConditionalOnProperty(name = "porth.files.store", havingValue = "s3")
class ObjectStoreFileStore implements FileStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    ObjectStoreFileStore(ObjectStoreProperties properties) {
        this.s3 = ObjectStoreClients.client(properties);
        this.bucket = properties.bucket();
        this.prefix = properties.prefix();
    }

    @Override
    public void put(String id, InputStream content) throws IOException {
        String key = keyOf(id);
        Path spool = Files.createTempFile("porth-upload-", ".part");
        try {
            Files.copy(content, spool, StandardCopyOption.REPLACE_EXISTING);
            s3.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromFile(spool));
        } catch (SdkException e) {
            throw new IOException("The object store did not keep " + key, e);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    @Override
    public Optional<InputStream> open(String id) throws IOException {
        String key = keyOf(id);
        try {
            return Optional.of(s3.getObject(request -> request.bucket(bucket).key(key)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new IOException("The object store did not give back " + key, e);
        }
    }

    @Override
    public void delete(String id) throws IOException {
        String key = keyOf(id);
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw new IOException("The object store did not remove " + key, e);
        }
    }

    /** Whether the bucket answers with these credentials: for the readiness check. */
    boolean reachable() {
        try {
            s3.headBucket(request -> request.bucket(bucket));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    private String keyOf(String id) {
        return prefix + FileIds.checked(id);
    }
}
