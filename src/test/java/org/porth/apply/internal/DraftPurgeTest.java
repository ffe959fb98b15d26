package org.porth.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.porth.resident.Somebody.signIn;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.apply.Applications;
import org.porth.apply.GardenWasteForm;
import org.porth.attachments.Attachments;
import org.porth.attachments.FileStore;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.TestFiles;
import org.porth.attachments.UploadResult;
import org.porth.attachments.UploadSlot;
import org.porth.catalogue.UploadLimits;
import org.porth.forms.Answer;
import org.porth.resident.Somebody;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Drafts nobody came back to are deleted once they expire, with their files; the others stay. */
@SpringBootTest
class DraftPurgeTest {

    @Autowired
    private DraftPurge purge;
    @Autowired
    private Applications applications;
    @Autowired
    private Attachments attachments;
    @Autowired
    private DraftRepository drafts;
    @Autowired
    private FileStore store;
    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anExpiredDraftGoesWithItsFilesAndAnUnexpiredOneStays() throws IOException {
        signIn(Somebody.named("Llinos").asResident());
        String expired = applications.start(GardenWasteForm.SERVICE).draftId();
        String current = applications.start(GardenWasteForm.SERVICE).draftId();
        StoredFile expiredPhoto = photoFor(expired);
        StoredFile currentPhoto = photoFor(current);
        expire(expired);
        SecurityContextHolder.clearContext();

        int deleted = purge.purge();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(drafts.findById(expired)).isEmpty();
        assertThat(fileRows(expired)).isZero();
        assertThat(content(expiredPhoto)).as("the content is gone from the file store").isEmpty();
        assertThat(drafts.findById(current)).isPresent();
        assertThat(fileRows(current)).isEqualTo(1);
        assertThat(content(currentPhoto)).isPresent();
    }

    @Test
    void aDraftLivesTwentyEightDaysFromItsLastSave() {
        signIn(Somebody.named("Llinos").asResident());
        String draft = applications.start(GardenWasteForm.SERVICE).draftId();
        Instant before = drafts.findById(draft).orElseThrow().expiresAt();

        GardenWasteForm.answer(applications, draft, "has-bin", Answer.of("yes"));

        Draft saved = drafts.findById(draft).orElseThrow();
        assertThat(saved.expiresAt()).isCloseTo(saved.updatedAt().plus(Duration.ofDays(28)), within(1, ChronoUnit.SECONDS));
        assertThat(saved.expiresAt()).isAfterOrEqualTo(before);
    }

    private StoredFile photoFor(String draftId) {
        UploadResult result = attachments.upload(new UploadSlot.Question(draftId, "photo"), "bin.jpg", TestFiles.bytes("photo.jpg"),
                UploadLimits.DEFAULT);
        return ((UploadResult.Stored) result).file();
    }

    private void expire(String draftId) {
        jdbc.sql("update application_draft set expires_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), draftId).update();
    }

    private int fileRows(String draftId) {
        return jdbc.sql("select count(*) from stored_file where draft_id = ?").param(draftId).query(Integer.class).single();
    }

    private Optional<byte[]> content(StoredFile file) throws IOException {
        Optional<InputStream> content = store.open(file.id());
        if (content.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = content.get()) {
            return Optional.of(in.readAllBytes());
        }
    }
}
