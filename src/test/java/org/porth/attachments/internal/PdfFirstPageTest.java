package org.porth.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.porth.attachments.FilePreview;
import org.porth.attachments.FilePreview.FirstPage;
import org.porth.attachments.FilePreview.NoPreview;
import org.porth.attachments.FilePreview.NotNow;
import org.porth.attachments.TestFiles;
import org.porth.attachments.TestPdfs;

/**
 * Drawing a PDF's first page is bounded before it starts and stops when it must: a page whose
 * pictures declare more pixels than the budget, wherever they hide, is not drawn; a drawing past its
 * time is stopped, not left running; and when every worker is busy and the queue full, the answer is
 * "not now", at once.
 */
class PdfFirstPageTest {

    private static final int HUGE = 40_000;
    /** A form of a thousand fills of the page, drawn a thousand times: minutes of drawing, read in a moment. */
    private static final byte[] MINUTES_TO_DRAW = TestPdfs.fillingThePage(1000, 1000);

    @TempDir
    private Path folder;
    private FilesystemFileStore store;
    private final List<PdfFirstPage> renderers = new ArrayList<>();
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @BeforeEach
    void aFolderOfFiles() {
        store = new FilesystemFileStore(TestFilesProperties.in(folder));
    }

    @AfterEach
    void stopEverything() {
        callers.shutdownNow();
        renderers.forEach(PdfFirstPage::destroy);
    }

    static Stream<Arguments> hugePictures() {
        return Stream.of(
                Arguments.of("drawn by the page", (Supplier<byte[]>) () -> TestPdfs.drawingAPictureOf(HUGE, HUGE)),
                Arguments.of("in a form in a form", (Supplier<byte[]>) () -> TestPdfs.withAPictureInAForm(HUGE, HUGE)),
                Arguments.of("inline in the page", (Supplier<byte[]>) () -> TestPdfs.withAnInlinePicture(HUGE, HUGE)),
                Arguments.of("in an annotation", (Supplier<byte[]>) () -> TestPdfs.withAPictureInAnAnnotation(HUGE, HUGE)));
    }

    @ParameterizedTest(name = "a picture of 40,000 by 40,000 pixels {0}")
    @MethodSource("hugePictures")
    void aPageWithAPictureOverTheBudgetHasNoPreview(String where, Supplier<byte[]> pdf) {
        PdfFirstPage renderer = renderer(Duration.ofMinutes(1), 1, 1);

        FilePreview preview = renderer.render(stored(pdf.get()));

        assertThat(preview).as("a picture " + where).isInstanceOf(NoPreview.class);
        assertThat(renderer.render(stored(TestPdfs.pages(1)))).as("the next PDF is drawn as ever").isInstanceOf(FirstPage.class);
    }

    @Test
    void aPictureWithinTheBudgetIsDrawn() {
        PdfFirstPage renderer = renderer(Duration.ofMinutes(1), 1, 1);

        FilePreview preview = renderer.render(stored(TestPdfs.drawingAPictureOf(3000, 4000)));

        assertThat(preview).isInstanceOfSatisfying(FirstPage.class, page -> {
            assertThat(page.width()).isEqualTo(800);
            assertThat(page.pages()).isEqualTo(1);
        });
    }

    @Test
    void aDrawingPastItsTimeIsStoppedNotLeftRunning() {
        PdfFirstPage renderer = renderer(Duration.ofSeconds(1), 1, 1);

        FilePreview preview = renderer.render(stored(MINUTES_TO_DRAW));

        assertThat(preview).isInstanceOf(NoPreview.class);
        // left running, the worker would be busy for minutes; stopped, it is free again at once
        await().atMost(Duration.ofSeconds(10)).until(() -> renderer.drawing() == 0);
    }

    @Test
    void whenEveryWorkerIsBusyAndTheQueueFullTheAnswerIsNotNow() throws Exception {
        PdfFirstPage renderer = renderer(Duration.ofMinutes(1), 1, 1);
        String slow = stored(MINUTES_TO_DRAW);
        Future<FilePreview> drawn = callers.submit(() -> renderer.render(slow));
        await().atMost(Duration.ofSeconds(10)).until(() -> renderer.drawing() == 1);
        Future<FilePreview> queued = callers.submit(() -> renderer.render(slow));
        await().atMost(Duration.ofSeconds(10)).until(() -> renderer.waiting() == 1);

        FilePreview third = renderer.render(stored(TestPdfs.pages(1)));

        assertThat(third).isInstanceOf(NotNow.class);
        assertThat(drawn.isDone()).isFalse();
        assertThat(queued.isDone()).isFalse();
    }

    private PdfFirstPage renderer(Duration timeout, int workers, int queue) {
        PdfFirstPage renderer = new PdfFirstPage(store, new PreviewProperties(timeout, workers, queue, 25_000_000));
        renderers.add(renderer);
        return renderer;
    }

    private String stored(byte[] pdf) {
        String id = UUID.randomUUID().toString().replace("-", "");
        try {
            store.put(id, new ByteArrayInputStream(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }
}
