package org.porth.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.porth.attachments.FileStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Which store keeps files: the folder unless the council configures an object store. */
class FileStoreChoiceTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Stores.class);

    @Test
    void theFolderIsTheEmbeddedDefault() {
        context.run(started -> assertThat(started.getBean(FileStore.class)).isInstanceOf(FilesystemFileStore.class));
    }

    @Test
    void anObjectStoreReplacesTheFolderWhenConfigured() {
        context.withPropertyValues("porth.files.store=s3", "porth.files.s3.endpoint=http://127.0.0.1:9",
                        "porth.files.s3.bucket=files", "porth.files.s3.access-key=a", "porth.files.s3.secret-key=b")
                .run(started -> {
                    assertThat(started.getBean(FileStore.class)).isInstanceOf(ObjectStoreFileStore.class);
                    assertThat(started).hasBean("fileStore");
                });
    }

    @Test
    void anObjectStoreWithoutItsAddressStopsStartUpSayingWhatIsMissing() {
        context.withPropertyValues("porth.files.store=s3").run(started -> assertThat(started).getFailure()
                .rootCause().hasMessageContaining("porth.files.s3.endpoint and porth.files.s3.bucket"));
    }

    @Configuration
    @EnableConfigurationProperties({FilesProperties.class, ObjectStoreProperties.class})
    @Import({FilesystemFileStore.class, ObjectStoreFileStore.class, ObjectStoreHealth.class})
    static class Stores {
    }
}
