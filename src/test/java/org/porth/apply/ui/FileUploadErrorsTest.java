package org.porth.apply.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.porth.attachments.TestFiles;
import org.porth.attachments.TestPictures;
import org.porth.browserless.SignedIn;
import org.porth.forms.Answers;
import org.porth.shared.Language;

/**
 * Files refused as they arrive (checked by their content, against the question's limits): the
 * message names the file and the problem by the upload and in the error summary, files already added
 * stay, and the draft's answers are untouched. Of files chosen together, each one beyond what the
 * question takes is named, however many were added before. Pressing Continue on a required upload without a file
 * asks for one. Files uploaded and not removed are there again when the page is opened again.
 */
@SignedIn(name = "Elin File-Uploads", email = "elin.file-uploads@example.com")
class FileUploadErrorsTest extends FormPageTest {

    @TempDir
    Path chosen;

    @Test
    void aTextFileNamedAsAPictureIsRefusedAsTheWrongType() {
        String draft = startDraft("housing-repair");
        Answers before = saved(draft);
        openPage(draft, "photos");

        upload("photos", "notes.png", TestFiles.bytes("notes.png"));

        assertThat(errorMessagesIn(frame("photos"))).containsExactly("notes.png must be a JPG, PNG or HEIC");
        assertThat(filesListed("photos")).isEmpty();
        assertThat(saved(draft)).isEqualTo(before);
    }

    @Test
    void anEmptyFileIsRefused() {
        String draft = startDraft("housing-repair");
        openPage(draft, "photos");

        upload("photos", "leak.jpg", new byte[0]);

        assertThat(errorMessagesIn(frame("photos"))).containsExactly("leak.jpg is empty");
        assertThat(filesListed("photos")).isEmpty();
    }

    @Test
    void aFileMoreThanTheQuestionTakesIsRefusedAndTheFirstStays() {
        String draft = startDraft("blue-badge");
        Answers before = saved(draft);
        openPage(draft, "photo");
        upload("photo", "me.jpg", TestFiles.bytes("photo.jpg"));
        assertThat(errorMessagesIn(frame("photo"))).isEmpty();

        upload("photo", "me-again.png", TestFiles.bytes("photo.png"));

        assertThat(errorMessagesIn(frame("photo"))).containsExactly("me-again.png was not added: you can add only 1 file");
        assertThat(filesListed("photo")).containsExactly("me.jpg");
        assertThat(saved(draft)).isEqualTo(before);
    }

    @Test
    void choosingOneFileMoreThanTheQuestionTakesNamesTheOneNotAddedByTheUploadAndInTheErrorSummary() {
        String draft = startDraft("housing-repair");
        openPage(draft, "photos");

        uploadAll("photos", "hall.jpg", "stairs.jpg", "landing.jpg", "loft.jpg");

        assertThat(filesListed("photos")).containsExactly("hall.jpg", "stairs.jpg", "landing.jpg");
        assertNotAdded("photos", "loft.jpg was not added: you can add up to 3 files");
        assertThat(errorSummaryTargets()).containsExactly("#q-photos");
        // the browser would drop files beyond its own count without a word: the server counts
        assertThat(find(Upload.class).id("q-photos").getMaxFiles()).isZero();
    }

    @Test
    void choosingMoreThanTheRoomLeftNamesEachFileNotAdded() {
        String draft = startDraft("housing-repair");
        openPage(draft, "photos");
        upload("photos", "kitchen.jpg", TestFiles.bytes("photo.jpg"));

        uploadAll("photos", "hall.jpg", "stairs.jpg", "loft.jpg");

        assertThat(filesListed("photos")).containsExactly("kitchen.jpg", "hall.jpg", "stairs.jpg");
        assertNotAdded("photos", "loft.jpg was not added: you can add up to 3 files");

        uploadAll("photos", "attic.jpg", "cellar.jpg");

        assertThat(filesListed("photos")).containsExactly("kitchen.jpg", "hall.jpg", "stairs.jpg");
        assertNotAdded("photos", "attic.jpg was not added: you can add up to 3 files",
                "cellar.jpg was not added: you can add up to 3 files");
    }

    @Test
    void inWelshTheFileNotAddedIsNamedInWelsh() {
        chooseLanguage(Language.WELSH);
        String draft = startDraft("housing-repair");
        openPage(draft, "photos");

        uploadAll("photos", "cyntedd.jpg", "grisiau.jpg", "landin.jpg", "atig.jpg");

        assertNotAdded("photos", "Ni chafodd atig.jpg ei hychwanegu: gallwch ychwanegu hyd at 3 ffeil");
    }

    @Test
    void aRefusalIsInWelshForAWelshSpeaker() {
        chooseLanguage(Language.WELSH);
        String draft = startDraft("housing-repair");
        openPage(draft, "photos");

        upload("photos", "notes.png", TestFiles.bytes("notes.png"));

        assertThat(errorMessagesIn(frame("photos"))).containsExactly("Rhaid i notes.png fod yn ffeil JPG, PNG neu HEIC");
    }

    @Test
    void aPhotoThatDeclaresItselfHugeIsRefusedByTheUploadAndInTheErrorSummary() {
        String draft = startDraft("housing-repair");
        Answers before = saved(draft);
        openPage(draft, "photos");

        upload("photos", "damp.png", TestPictures.pngDeclaring(50_000, 50_000));

        String message = "damp.png must be 50 megapixels or fewer";
        assertThat(errorMessagesIn(frame("photos"))).containsExactly(message);
        assertThat(errorSummary()).containsExactly(message);
        assertThat(errorSummaryTargets()).containsExactly("#q-photos");
        assertThat(title()).startsWith("Error:");
        assertThat(filesListed("photos")).isEmpty();
        assertThat(saved(draft)).isEqualTo(before);
    }

    @Test
    void inWelshTheHugePhotoIsRefusedInWelshInBothPlaces() {
        chooseLanguage(Language.WELSH);
        String draft = startDraft("housing-repair");
        openPage(draft, "photos");

        upload("photos", "lleithder.jpg", TestPictures.jpegDeclaring(50_000, 50_000));

        String message = "Rhaid i lleithder.jpg fod yn 50 megapicsel neu lai";
        assertThat(errorMessagesIn(frame("photos"))).containsExactly(message);
        assertThat(errorSummary()).containsExactly(message);
    }

    @Test
    void filesUploadedThenLeftBeforeContinuingAreListedAgainWhenThePageIsOpenedAgain() {
        String draft = startDraft("housing-repair");
        openPage(draft, "photos");
        upload("photos", "kitchen.jpg", TestFiles.bytes("photo.jpg"));

        openPage(draft, "photos");

        assertThat(filesListed("photos")).containsExactly("kitchen.jpg");
        upload("photos", "bathroom.png", TestFiles.bytes("photo.png"));
        assertThat(filesListed("photos")).containsExactly("kitchen.jpg", "bathroom.png");
    }

    @Test
    void continuingWithoutTheRequiredPhotoAsksForIt() {
        String draft = startDraft("blue-badge");
        Answers before = saved(draft);
        openPage(draft, "photo");
        upload("photo", "notes.png", TestFiles.bytes("notes.png"));

        pressContinue();

        String message = "Upload a photo of the person the badge is for";
        assertThat(errorSummary()).containsExactly(message);
        assertThat(errorSummaryTargets()).containsExactly("#q-photo");
        assertThat(errorMessagesIn(frame("photo"))).containsExactly(message);
        assertThat(title()).startsWith("Error:");
        assertThat(saved(draft)).isEqualTo(before);
    }

    private void upload(String questionId, String fileName, byte[] content) {
        test(find(Upload.class).id("q-" + questionId)).upload(fileName, "image/png", content);
    }

    /** Chosen together, as a person picks several photos at once. */
    private void uploadAll(String questionId, String... fileNames) {
        File[] files = Stream.of(fileNames).map(name -> {
            try {
                return Files.write(chosen.resolve(name), TestFiles.bytes("photo.jpg")).toFile();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(File[]::new);
        test(find(Upload.class).id("q-" + questionId)).uploadAll(files);
    }

    /** Exactly these messages, in this order, by the upload and in the error summary. */
    private void assertNotAdded(String questionId, String... messages) {
        assertThat(errorMessagesIn(frame(questionId))).containsExactly(messages);
        assertThat(errorSummary()).containsExactly(messages);
    }

    private Div frame(String questionId) {
        return find(Div.class).id("q-" + questionId + "-frame");
    }

    private List<String> filesListed(String questionId) {
        return find(ListItem.class).from(frame(questionId)).all().stream()
                .map(item -> find(Span.class).from(item).first().getText()).toList();
    }
}
