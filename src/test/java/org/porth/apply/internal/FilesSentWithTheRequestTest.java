package org.porth.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.attachments.Attachments;
import org.porth.attachments.FileStore;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.TestFiles;
import org.porth.attachments.UploadResult;
import org.porth.attachments.UploadSlot;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.catalogue.UploadLimits;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.resident.Somebody;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Sending a form sends the files its answers name with it, for good (they then belong to the case);
 * a file uploaded to the draft and left out of the answers was never sent, and goes with the draft.
 */
@SpringBootTest
class FilesSentWithTheRequestTest {

    @Autowired
    private RequestStore store;
    @Autowired
    private DraftRepository drafts;
    @Autowired
    private Attachments attachments;
    @Autowired
    private FileStore files;
    @Autowired
    private Catalogue catalogue;
    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAnsweredFilesGoWithTheRequestAndTheOthersAreDeleted() throws IOException {
        SecurityContextHolder.getContext().setAuthentication(Somebody.named("Elis").asResident());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Draft draft = drafts.saveAndFlush(new Draft("resident-elis", "missed-bin", 3, Channel.WEB, null, now,
                now.plus(28, ChronoUnit.DAYS)));
        StoredFile answered = uploaded(draft, "bin.jpg");
        StoredFile replaced = uploaded(draft, "blurred.jpg");
        Answers answers = Answers.NONE.with("bin", Answer.of("general"))
                .with("photos", new Answer(Map.of("file", List.of(answered.id()))));

        SubmittedRequest request = store.submit(draft, answers, catalogue.current("missed-bin").orElseThrow());

        assertThat(jdbc.sql("select case_reference from stored_file where id = ? and sent_at is not null")
                .param(answered.id()).query(String.class).optional()).contains(request.reference().value());
        assertThat(content(answered)).isPresent();
        assertThat(jdbc.sql("select count(*) from stored_file where id = ?").param(replaced.id()).query(Integer.class).single())
                .isZero();
        assertThat(content(replaced)).as("its content is gone from the store").isEmpty();
    }

    private StoredFile uploaded(Draft draft, String name) {
        UploadResult result = attachments.upload(new UploadSlot.Question(draft.id(), "photos"), name,
                TestFiles.bytes("photo.jpg"), UploadLimits.DEFAULT);
        return ((UploadResult.Stored) result).file();
    }

    private Optional<byte[]> content(StoredFile file) throws IOException {
        Optional<InputStream> content = files.open(file.id());
        if (content.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = content.get()) {
            return Optional.of(in.readAllBytes());
        }
    }
}
