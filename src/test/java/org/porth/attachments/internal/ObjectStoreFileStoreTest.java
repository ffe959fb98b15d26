package org.porth.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.porth.attachments.FileStore;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * The object store against a real S3 API: S3Proxy on a folder, with AWS signatures checked, so the
 * same requests reach it as would reach AWS, MinIO or Ceph.
 */
class ObjectStoreFileStoreTest extends FileStoreContract {

    private static final String ACCESS_KEY = "porth-test";
    private static final String SECRET_KEY = "porth-test-secret-key";
    private static final String BUCKET = "porth-files";

    @TempDir
    private static Path folder;

    private static S3Proxy s3Proxy;
    private static ObjectStoreFileStore store;
    private static S3Client admin;

    @BeforeAll
    static void startS3() throws Exception {
        s3Proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(folder.toString()))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        s3Proxy.start();
        admin = ObjectStoreClients.client(properties(SECRET_KEY, ""));
        admin.createBucket(request -> request.bucket(BUCKET));
        store = new ObjectStoreFileStore(properties(SECRET_KEY, "council-a/"));
    }

    @AfterAll
    static void stopS3() throws Exception {
        store.close();
        admin.close();
        s3Proxy.stop();
    }

    @AfterEach
    void emptyTheBucket() {
        admin.listObjectsV2(request -> request.bucket(BUCKET)).contents()
                .forEach(object -> admin.deleteObject(request -> request.bucket(BUCKET).key(object.key())));
    }

    @Override
    FileStore store() {
        return store;
    }

    @Override
    void assertStoreHoldsNothing() {
        assertThat(admin.listObjectsV2(request -> request.bucket(BUCKET)).contents()).as("objects in the bucket").isEmpty();
    }

    @Test
    void contentIsKeptUnderTheConfiguredPrefix() throws IOException {
        store.put(ID, new ByteArrayInputStream(new byte[] {1, 2, 3}));

        assertThat(admin.listObjectsV2(request -> request.bucket(BUCKET)).contents())
                .extracting(object -> object.key()).containsExactly("council-a/" + ID);
    }

    @Test
    void aStoreThatRefusesTheCredentialsIsAnErrorNotAnEmptyFile() {
        try (ObjectStoreFileStore wrongKey = new ObjectStoreFileStore(properties("not-the-secret", ""))) {
            assertThat(wrongKey.reachable()).isFalse();
            assertThatThrownBy(() -> wrongKey.put(ID, new ByteArrayInputStream(new byte[] {1})))
                    .isInstanceOf(IOException.class).hasMessageContaining("did not keep");
            assertThatThrownBy(() -> wrongKey.open(ID)).isInstanceOf(IOException.class);
        }
        assertThat(store.reachable()).isTrue();
        assertStoreHoldsNothing();
    }

    private static ObjectStoreProperties properties(String secretKey, String prefix) {
        URI endpoint = URI.create("http://127.0.0.1:" + s3Proxy.getPort());
        return new ObjectStoreProperties(endpoint, BUCKET, "eu-west-2", ACCESS_KEY, secretKey, true, prefix);
    }
}
