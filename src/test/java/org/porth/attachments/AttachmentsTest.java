package org.porth.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.UploadResult.Reason;
import org.porth.attachments.UploadResult.Rejected;
import org.porth.attachments.UploadResult.Stored;
import org.porth.browserless.People;
import org.porth.catalogue.Text;
import org.porth.catalogue.UploadLimits;
import org.porth.catalogue.UploadLimits.FileType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads as the form engine makes them: checked by content against the question's limits, kept
 * with their checksum, and refused with a message naming the file, keeping nothing of it.
 */
class AttachmentsTest extends FilesTestBase {

    private static final UploadLimits PHOTOS_AND_PDFS = UploadLimits.DEFAULT;

    @Autowired
    private Attachments attachments;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void aPhotoIsKeptWithItsChecksumAndComesBackTheSame() throws IOException {
        signIn(SAM);
        String draft = newDraftId();

        StoredFile file = stored(attachments.upload(questionOf(draft), "IMG_0042.jpg", fixture("photo.jpg"), PHOTOS_AND_PDFS));

        assertThat(file.name()).isEqualTo("IMG_0042.jpg");
        assertThat(file.mediaType()).isEqualTo("image/jpeg");
        assertThat(file.size()).isEqualTo(fixture("photo.jpg").length);
        assertThat(file.sha256()).isEqualTo(sha256(fixture("photo.jpg")));
        assertThat(file.draftId()).isEqualTo(draft);
        assertThat(file.id()).matches("[0-9a-f]{32}").doesNotContain("IMG");
        assertThat(attachments.find(file.id())).contains(file);
        try (FileDownload download = attachments.open(file.id()).orElseThrow()) {
            assertThat(download.content().readAllBytes()).isEqualTo(fixture("photo.jpg"));
        }
        assertThat(jdbc.sql("select uploaded_by from stored_file where id = ?").param(file.id()).query(String.class).single())
                .isEqualTo("resident:resident-sam.taylor");
    }

    @Test
    void aStreamIsCheckedTheSameWay() {
        signIn(SAM);

        StoredFile file = stored(attachments.upload(newSlot(), "plan.png", new ByteArrayInputStream(fixture("photo.png")),
                PHOTOS_AND_PDFS));

        assertThat(file.mediaType()).isEqualTo("image/png");
        assertThat(file.sha256()).isEqualTo(sha256(fixture("photo.png")));
    }

    @Test
    void aPdfNamedAsAPhotoIsKeptAsAPdf() {
        signIn(SAM);

        StoredFile file = stored(attachments.upload(newSlot(), "letter-named.jpg", fixture("letter-named.jpg"), PHOTOS_AND_PDFS));

        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(file.name()).as("saved and opened as what it is").isEqualTo("letter-named.jpg.pdf");
    }

    @Test
    void aTextFileNamedAsAnImageIsRefused() {
        Rejected rejected = rejectedAndNothingKept("notes.png", fixture("notes.png"), PHOTOS_AND_PDFS);

        assertThat(rejected.reason()).isEqualTo(Reason.WRONG_TYPE);
        assertThat(rejected.message()).isEqualTo(new Text("notes.png must be a JPG, PNG or PDF",
                "Rhaid i notes.png fod yn ffeil JPG, PNG neu PDF"));
    }

    @Test
    void anIphonePhotoIsRefusedWhereTheQuestionDoesNotTakeHeic() {
        Rejected rejected = rejectedAndNothingKept("IMG_0042.HEIC", fixture("iphone-photo.heic"), PHOTOS_AND_PDFS);

        assertThat(rejected.message().en()).isEqualTo("IMG_0042.HEIC must be a JPG, PNG or PDF");
    }

    @Test
    void anIphonePhotoIsKeptWhereTheQuestionTakesHeic() {
        signIn(SAM);
        UploadLimits photos = new UploadLimits(5, 1024, Set.of(FileType.JPEG, FileType.HEIC));

        StoredFile file = stored(attachments.upload(newSlot(), "IMG_0042.HEIC", fixture("iphone-photo.heic"), photos));

        assertThat(file.mediaType()).isEqualTo("image/heic");
    }

    @Test
    void anEmptyFileIsRefused() {
        Rejected rejected = rejectedAndNothingKept("photo.jpg", new byte[0], PHOTOS_AND_PDFS);

        assertThat(rejected.reason()).isEqualTo(Reason.EMPTY);
        assertThat(rejected.message()).isEqualTo(new Text("photo.jpg is empty", "Mae photo.jpg yn wag"));
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingOfItKept() {
        UploadLimits small = new UploadLimits(3, 100, PHOTOS_AND_PDFS.types());

        Rejected rejected = rejectedAndNothingKept("photo.jpg", fixture("photo.jpg"), small);

        assertThat(rejected.reason()).isEqualTo(Reason.TOO_BIG);
        assertThat(rejected.message().en()).isEqualTo("photo.jpg must be smaller than 0.1 KB");
    }

    @Test
    void theTooBigMessageGivesTheQuestionsLimit() {
        byte[] elevenMegabytes = new byte[11 * 1024 * 1024];
        System.arraycopy(fixture("letter.pdf"), 0, elevenMegabytes, 0, 8);

        Rejected rejected = rejectedAndNothingKept("scan.pdf", elevenMegabytes, PHOTOS_AND_PDFS);

        assertThat(rejected.message()).isEqualTo(new Text("scan.pdf must be smaller than 10 MB",
                "Rhaid i scan.pdf fod yn llai na 10 MB"));
    }

    @Test
    void aFileAtTheLimitIsKept() {
        signIn(SAM);
        byte[] pdf = fixture("letter.pdf");

        stored(attachments.upload(newSlot(), "letter.pdf", pdf, new UploadLimits(1, pdf.length, Set.of(FileType.PDF))));
    }

    @Test
    void aFileBeyondTheQuestionsNumberIsRefused() {
        signIn(SAM);
        UploadSlot question = newSlot();
        for (int i = 0; i < 3; i++) {
            stored(attachments.upload(question, "photo.jpg", fixture("photo.jpg"), PHOTOS_AND_PDFS));
        }

        Rejected rejected = rejectedAndNothingKept(question, "photo4.jpg", fixture("photo.jpg"), PHOTOS_AND_PDFS);

        assertThat(rejected.reason()).isEqualTo(Reason.TOO_MANY);
        assertThat(rejected.message()).isEqualTo(new Text("photo4.jpg was not added: you can add up to 3 files",
                "Ni chafodd photo4.jpg ei hychwanegu: gallwch ychwanegu hyd at 3 ffeil"));
    }

    @Test
    void aPhotoThatDeclaresMorePixelsThanPorthTakesIsRefusedWithoutBeingDecoded() {
        Rejected png = rejectedAndNothingKept("plan.png", TestPictures.pngDeclaring(50_000, 50_000), PHOTOS_AND_PDFS);
        Rejected jpeg = rejectedAndNothingKept("IMG_0042.jpg", TestPictures.jpegDeclaring(50_000, 50_000), PHOTOS_AND_PDFS);

        assertThat(png.reason()).isEqualTo(Reason.TOO_MANY_PIXELS);
        assertThat(png.message()).isEqualTo(new Text("plan.png must be 50 megapixels or fewer",
                "Rhaid i plan.png fod yn 50 megapicsel neu lai"));
        assertThat(jpeg.reason()).isEqualTo(Reason.TOO_MANY_PIXELS);
        assertThat(jpeg.message().en()).isEqualTo("IMG_0042.jpg must be 50 megapixels or fewer");
    }

    @Test
    void aPhotoJustWithinThePixelsIsKept() {
        signIn(SAM);

        stored(attachments.upload(newSlot(), "wide.png", TestPictures.pngDeclaring(10_000, 5_000), PHOTOS_AND_PDFS));
    }

    @Test
    void aPhotoWhoseHeaderCannotBeReadIsRefusedAsDamaged() {
        Rejected rejected = rejectedAndNothingKept("photo.png", TestPictures.pngWithABrokenHeader(), PHOTOS_AND_PDFS);

        assertThat(rejected.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(rejected.message()).isEqualTo(new Text("photo.png cannot be opened as a picture: it may be damaged",
                "Nid oes modd agor photo.png fel llun: efallai ei bod wedi'i difrodi"));
    }

    @Test
    void theFilesWaitingInAQuestionAreTheUploadersOwnAndThatQuestionsOnly() {
        signIn(SAM);
        String draft = newDraftId();
        StoredFile first = stored(attachments.upload(questionOf(draft), "photo.jpg", fixture("photo.jpg"), PHOTOS_AND_PDFS));
        StoredFile second = stored(attachments.upload(questionOf(draft), "letter.pdf", fixture("letter.pdf"), PHOTOS_AND_PDFS));
        stored(attachments.upload(new UploadSlot.Question(draft, "other-question"), "photo.png", fixture("photo.png"),
                PHOTOS_AND_PDFS));

        assertThat(attachments.waiting(questionOf(draft))).containsExactly(first, second);
        signIn(RHIAN);
        assertThat(attachments.waiting(questionOf(draft))).isEmpty();
    }

    @Test
    void aNameWithPathTricksIsKeptOnlyAsASafeName() {
        signIn(SAM);

        assertThat(stored(attachments.upload(newSlot(), "../../etc/passwd", fixture("letter.pdf"), PHOTOS_AND_PDFS)).name())
                .isEqualTo("passwd.pdf");
        assertThat(stored(attachments.upload(newSlot(), "a\u0000b.png", fixture("photo.png"), PHOTOS_AND_PDFS)).name())
                .isEqualTo("ab.png");
        assertThat(stored(attachments.upload(newSlot(), "<script>.png", fixture("photo.png"), PHOTOS_AND_PDFS)).name())
                .isEqualTo("_script_.png");
    }

    @Test
    void aRefusalOfAFileWithNoNameLeftSpeaksOfTheSelectedFile() {
        Rejected rejected = rejectedAndNothingKept("../", fixture("notes.png"), PHOTOS_AND_PDFS);

        assertThat(rejected.message().en()).isEqualTo("The selected file must be a JPG, PNG or PDF");
    }

    @Test
    void anotherResidentCannotSeeOrRemoveTheFile() {
        signIn(SAM);
        StoredFile file = stored(attachments.upload(newSlot(), "photo.jpg", fixture("photo.jpg"), PHOTOS_AND_PDFS));

        signIn(RHIAN);

        assertThat(attachments.find(file.id())).isEmpty();
        assertThat(attachments.open(file.id())).isEmpty();
        assertThat(attachments.remove(file.id())).isFalse();
    }

    @Test
    void noStaffSeeAFileNobodyHasSent() {
        signIn(SAM);
        StoredFile file = stored(attachments.upload(newSlot(), "photo.jpg", fixture("photo.jpg"), PHOTOS_AND_PDFS));

        signIn(CARA);

        assertThat(attachments.find(file.id())).isEmpty();
        assertThat(attachments.open(file.id())).isEmpty();
    }

    @Test
    void aFileOnceSentCannotBeRemoved() {
        signIn(SAM);
        StoredFile file = stored(attachments.upload(new UploadSlot.Message("PTH-SENT-0001"), "photo.jpg", fixture("photo.jpg"),
                PHOTOS_AND_PDFS));
        assertThat(attachments.sendWithMessage("PTH-SENT-0001", List.of(file.id()))).isPresent();

        assertThat(attachments.remove(file.id())).isFalse();

        assertThat(attachments.find(file.id())).contains(file);
    }

    @Test
    void aFileAddedToOneCasesMessageCannotBeSentWithAnothersOrTwice() {
        signIn(SAM);
        StoredFile file = stored(attachments.upload(new UploadSlot.Message("PTH-SENT-0002"), "photo.jpg", fixture("photo.jpg"),
                PHOTOS_AND_PDFS));

        assertThat(attachments.sendWithMessage("PTH-SENT-0003", List.of(file.id()))).isEmpty();
        assertThat(attachments.sendWithMessage("PTH-SENT-0002", List.of(file.id()))).isPresent();
        assertThat(attachments.sendWithMessage("PTH-SENT-0002", List.of(file.id()))).as("sent already").isEmpty();
    }

    @Test
    void theResidentRemovesTheirUpload() {
        signIn(SAM);
        long before = filesInStore();
        StoredFile file = stored(attachments.upload(newSlot(), "photo.jpg", fixture("photo.jpg"), PHOTOS_AND_PDFS));

        assertThat(attachments.remove(file.id())).isTrue();

        assertThat(attachments.find(file.id())).isEmpty();
        assertThat(filesInStore()).isEqualTo(before);
    }

    @Test
    void anExpiredDraftsFilesAreDeletedWithNobodySignedIn() {
        signIn(SAM);
        String draft = newDraftId();
        StoredFile first = stored(attachments.upload(questionOf(draft), "photo.jpg", fixture("photo.jpg"), PHOTOS_AND_PDFS));
        stored(attachments.upload(questionOf(draft), "letter.pdf", fixture("letter.pdf"), PHOTOS_AND_PDFS));
        StoredFile otherDraft = stored(attachments.upload(newSlot(), "photo.jpg", fixture("photo.jpg"), PHOTOS_AND_PDFS));
        long before = filesInStore();
        signOut();

        assertThat(attachments.deleteForDraft(draft)).isEqualTo(2);

        signIn(SAM);
        assertThat(attachments.find(first.id())).isEmpty();
        assertThat(attachments.find(otherDraft.id())).isPresent();
        assertThat(filesInStore()).isEqualTo(before - 2);
    }

    @Test
    void aFileUploadedInATransactionThatRollsBackIsNotKept() {
        signIn(SAM);
        long files = filesInStore();
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        StoredFile file = transaction.execute(status -> {
            status.setRollbackOnly();
            return stored(attachments.upload(newSlot(), "photo.jpg", fixture("photo.jpg"), PHOTOS_AND_PDFS));
        });

        assertThat(attachments.find(file.id())).isEmpty();
        assertThat(filesInStore()).isEqualTo(files);
    }

    @Test
    void nobodyUploadsWithoutSigningIn() {
        assertThatThrownBy(() -> attachments.upload(newSlot(), "photo.jpg", fixture("photo.jpg"), PHOTOS_AND_PDFS))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        signIn(People.officer());
        assertThatThrownBy(() -> attachments.upload(newSlot(), "photo.jpg", fixture("photo.jpg"), PHOTOS_AND_PDFS))
                .as("staff sign-in without a role").isInstanceOf(AccessDeniedException.class);
    }

    private Rejected rejectedAndNothingKept(String name, byte[] content, UploadLimits limits) {
        signIn(SAM);
        return rejectedAndNothingKept(newSlot(), name, content, limits);
    }

    private Rejected rejectedAndNothingKept(UploadSlot slot, String name, byte[] content, UploadLimits limits) {
        long files = filesInStore();
        long rows = jdbc.sql("select count(*) from stored_file").query(Long.class).single();

        UploadResult result = attachments.upload(slot, name, content, limits);

        assertThat(filesInStore()).as("files in the store").isEqualTo(files);
        assertThat(jdbc.sql("select count(*) from stored_file").query(Long.class).single()).as("rows").isEqualTo(rows);
        assertThat(result).isInstanceOf(Rejected.class);
        return (Rejected) result;
    }

    private static StoredFile stored(UploadResult result) {
        assertThat(result).isInstanceOf(Stored.class);
        return ((Stored) result).file();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
