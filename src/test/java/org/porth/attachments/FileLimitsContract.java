package org.porth.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.UploadResult.Reason;
import org.porth.attachments.UploadResult.Rejected;
import org.porth.attachments.UploadResult.Stored;
import org.porth.attachments.internal.FileSending;
import org.porth.attachments.internal.UnsentFilePurge;
import org.porth.browserless.People;
import org.porth.catalogue.Text;
import org.porth.catalogue.UploadLimits;
import org.porth.identity.Role;
import org.porth.resident.Somebody;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * No resident can fill the server's disk: a question's most files and a resident's limits (what they
 * keep in all, what they upload in an hour) hold however many uploads arrive at once; a refused file
 * leaves nothing behind; a file added to a message that is never sent is deleted after a while.
 * Small limits here: 6 files and 3 KB an hour, 2 KB kept (the test photo is 668 bytes, the letter 329).
 */
@SpringBootTest(properties = {
        "porth.files.resident.most-files-per-hour=6",
        "porth.files.resident.most-per-hour=3KB",
        "porth.files.resident.most-stored=2KB",
        "porth.files.unsent-kept-for=24h"})
abstract class FileLimitsContract {

    private static final int AT_ONCE = 6;
    private static final byte[] PHOTO = TestFiles.bytes("photo.jpg");
    private static final byte[] LETTER = TestFiles.bytes("letter.pdf");

    @Autowired
    private Attachments attachments;
    @Autowired
    private FileSending sending;
    @Autowired
    private UnsentFilePurge purge;
    @Autowired
    private FileStore store;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Clock clock;
    @Value("${porth.files.location}")
    private Path folder;

    private final ExecutorService uploaders = Executors.newFixedThreadPool(10);

    @AfterEach
    void signOut() {
        uploaders.shutdownNow();
        SecurityContextHolder.clearContext();
    }

    @Test
    void sixUploadsAtOnceToAQuestionThatTakesThreeKeepThree() throws Exception {
        Authentication resident = Somebody.named("Owain").asResident();
        UploadSlot question = new UploadSlot.Question(UUID.randomUUID().toString(), "photos");
        long filesBefore = filesInStore();

        List<UploadResult> results = atOnce(AT_ONCE, resident, i -> upload(question, "letter-" + i + ".pdf", LETTER));

        assertThat(results).filteredOn(Stored.class::isInstance).hasSize(3);
        assertThat(results).filteredOn(Rejected.class::isInstance)
                .allSatisfy(refused -> assertThat(((Rejected) refused).reason()).isEqualTo(Reason.TOO_MANY));
        signIn(resident);
        assertThat(attachments.waiting(question)).hasSize(3);
        assertThat(filesInStore()).as("nothing of the refused files is left").isEqualTo(filesBefore + 3);
    }

    @Test
    void sixUploadsAtOnceToAMessageKeepTheThreeAMessageTakes() throws Exception {
        Authentication resident = Somebody.named("Gwen").asResident();
        UploadSlot message = new UploadSlot.Message("PTH-TEST-" + UUID.randomUUID().toString().substring(0, 4));

        List<UploadResult> results = atOnce(AT_ONCE, resident, i -> upload(message, "letter-" + i + ".pdf", LETTER));

        assertThat(results).filteredOn(Stored.class::isInstance).hasSize(3);
    }

    @Test
    void uploadsAtOnceBeyondWhatAResidentMayUploadInAnHourKeepNoMore() throws Exception {
        Authentication resident = Somebody.named("Iolo").asResident();
        String draft = UUID.randomUUID().toString();

        List<UploadResult> results = atOnce(10, resident,
                i -> upload(new UploadSlot.Question(draft, "question-" + i), "letter.pdf", LETTER));

        assertThat(results).filteredOn(Stored.class::isInstance).hasSize(6);
        assertThat(results).filteredOn(Rejected.class::isInstance)
                .allSatisfy(refused -> assertThat(((Rejected) refused).reason()).isEqualTo(Reason.HOURLY_LIMIT));
    }

    @Test
    void aResidentWhoKeepsTheMostTheyMayIsToldSoAndRemovingAFileMakesRoom() {
        signIn(Somebody.named("Mererid").asResident());
        List<StoredFile> kept = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            kept.add(stored(upload(newQuestion(), "photo.jpg", PHOTO)));
        }

        UploadResult fourth = upload(newQuestion(), "photo.jpg", PHOTO);

        assertThat(fourth).isEqualTo(new Rejected(Reason.STORAGE_FULL, new Text(
                "You cannot upload more files: you have stored 2 KB with us, the most one person can. "
                        + "Remove files from forms you have not sent, or contact us.",
                "Ni allwch lwytho rhagor o ffeiliau i fyny: rydych wedi storio 2 KB gyda ni, y mwyaf y gall un person "
                        + "ei storio. Tynnwch ffeiliau o ffurflenni nad ydych wedi'u hanfon, neu cysylltwch â ni.")));
        assertThat(attachments.remove(kept.getFirst().id())).isTrue();
        stored(upload(newQuestion(), "photo.jpg", PHOTO));
    }

    @Test
    void whatWasUploadedAndRemovedStillCountsForTheHourUntilTheHourIsOver() {
        Authentication resident = Somebody.named("Tudur").asResident();
        signIn(resident);
        for (int i = 0; i < 3; i++) {
            assertThat(attachments.remove(stored(upload(newQuestion(), "photo.jpg", PHOTO)).id())).isTrue();
        }
        stored(upload(newQuestion(), "photo.jpg", PHOTO));

        UploadResult fifth = upload(newQuestion(), "photo.jpg", PHOTO);

        String again = LocalTime.ofInstant(hourStartedAt(resident).plus(Duration.ofHours(1)), clock.getZone())
                .format(DateTimeFormatter.ofPattern("HH:mm"));
        assertThat(fifth).isEqualTo(new Rejected(Reason.HOURLY_LIMIT, new Text(
                "You have uploaded as much as you can in an hour. Try again after " + again + ".",
                "Rydych wedi llwytho i fyny gymaint ag y gallwch mewn awr. Rhowch gynnig arall arni ar ôl " + again + ".")));
        jdbc.sql("update file_allowance set hour_started_at = ? where uploaded_by = ?")
                .params(Timestamp.from(hourStartedAt(resident).minus(Duration.ofMinutes(61))), staffOrResidentId(resident))
                .update();
        stored(upload(newQuestion(), "photo.jpg", PHOTO));
    }

    @Test
    void staffUploadingForCallersAreNotLimitedAsAResidentIs() {
        signIn(People.signedIn("Help Desk " + UUID.randomUUID(), null, Role.CASEWORKER));

        for (int i = 0; i < 8; i++) {
            stored(upload(newQuestion(), "photo.jpg", PHOTO));
        }
    }

    @Test
    void aFileAddedToAMessageThatIsNeverSentIsDeletedADayLaterAndOnlyThat() throws IOException {
        Authentication resident = Somebody.named("Siân").asResident();
        signIn(resident);
        String reference = "PTH-TEST-" + UUID.randomUUID().toString().substring(0, 4);
        StoredFile neverSent = stored(upload(new UploadSlot.Message(reference), "letter.pdf", LETTER));
        StoredFile sent = stored(upload(new UploadSlot.Message(reference), "photo.jpg", PHOTO));
        assertThat(sending.sendWithMessage(staffOrResidentId(resident), reference, List.of(sent.id()))).isPresent();
        StoredFile inADraft = stored(upload(newQuestion(), "letter.pdf", LETTER));
        Instant uploaded = clock.instant();

        purge.runOnce(uploaded.plus(Duration.ofHours(23)));
        assertThat(attachments.find(neverSent.id())).as("kept for a day").isPresent();

        purge.runOnce(uploaded.plus(Duration.ofHours(25)));

        assertThat(attachments.find(neverSent.id())).isEmpty();
        assertThat(content(neverSent)).as("its content is gone from the store").isEmpty();
        assertThat(attachments.find(sent.id())).isPresent();
        assertThat(content(sent)).isPresent();
        assertThat(attachments.find(inADraft.id())).as("a draft's files go with the draft").isPresent();
    }

    private List<UploadResult> atOnce(int uploads, Authentication person, IntFunction<UploadResult> upload)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<UploadResult>> results = new ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            int number = i;
            Callable<UploadResult> one = () -> {
                signIn(person);
                start.await();
                return upload.apply(number);
            };
            results.add(uploaders.submit(one));
        }
        start.countDown();
        List<UploadResult> done = new ArrayList<>();
        for (Future<UploadResult> result : results) {
            done.add(result.get());
        }
        return done;
    }

    private UploadResult upload(UploadSlot slot, String name, byte[] content) {
        return attachments.upload(slot, name, content, UploadLimits.DEFAULT);
    }

    private static UploadSlot newQuestion() {
        return new UploadSlot.Question(UUID.randomUUID().toString(), "photos");
    }

    private static StoredFile stored(UploadResult result) {
        assertThat(result).isInstanceOf(Stored.class);
        return ((Stored) result).file();
    }

    private Instant hourStartedAt(Authentication person) {
        return jdbc.sql("select hour_started_at from file_allowance where uploaded_by = ?").param(staffOrResidentId(person))
                .query(Timestamp.class).single().toInstant();
    }

    /** The portal's id of a person signed in by {@link People} or {@link Somebody}: registration and subject. */
    private static String staffOrResidentId(Authentication person) {
        return (person.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.RESIDENT.authority()))
                ? "resident:" : "staff:") + person.getName();
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

    private long filesInStore() {
        try (Stream<Path> found = Files.walk(folder)) {
            return found.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void signIn(Authentication person) {
        SecurityContextHolder.getContext().setAuthentication(person);
    }
}
