package org.porth.attachments.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.porth.attachments.FilePreview;
import org.porth.attachments.FilePreview.FirstPage;
import org.porth.attachments.FilePreview.NoPreview;
import org.porth.attachments.FilePreview.NotNow;
import org.porth.attachments.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Draws page 1 of a PDF someone uploaded, which may have been made to hurt us (decision 0025). The
 * work is bounded before it starts: a few workers of its own with a short queue (beyond it, "not
 * now" at once); the PDF read by the worker, not by the waiting request; page 1 only, drawn no bigger
 * than {@link #MOST_WIDTH} by {@link #MOST_HEIGHT}; PDFBox's scratch memory capped; no drawing at all
 * when the page's pictures declare more pixels than the budget. And it stops: at the time limit the
 * worker is interrupted, and the drawer gives up at its next operator. Anything that goes wrong (a
 * password, a broken file, a limit reached) is "no preview", never an error page.
 */
@Component
public class PdfFirstPage implements DisposableBean {

    /** Bigger PDFs are not drawn at all: uploads are 10 MB at most unless a service allows more. */
    public static final long MOST_BYTES = 20L * 1024 * 1024;
    static final int MOST_WIDTH = 800;
    static final int MOST_HEIGHT = 1200;
    /** A page the size of a stamp is not blown up into a poster. */
    private static final float MOST_SCALE = 2f;
    private static final long SCRATCH_IN_MEMORY = 8L * 1024 * 1024;
    private static final long SCRATCH_AT_MOST = 64L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(PdfFirstPage.class);

    private final FileStore store;
    private final Duration timeout;
    private final long mostImagePixels;
    private final ThreadPoolExecutor workers;

    PdfFirstPage(FileStore store, PreviewProperties properties) {
        if (properties.workers() < 1 || properties.queue() < 1) {
            // with no queue, a worker just finishing is not yet ready for the next one, which would be refused
            throw new IllegalArgumentException("porth.files.preview.workers and .queue must be 1 or more");
        }
        this.store = store;
        this.timeout = properties.timeout();
        this.mostImagePixels = properties.mostImagePixels();
        this.workers = new ThreadPoolExecutor(properties.workers(), properties.workers(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.queue()), Thread.ofPlatform().name("pdf-preview-", 1).daemon().factory());
    }

    /** The picture of the stored PDF's first page; the caller has checked who may see it. */
    public FilePreview render(String fileId) {
        PreviewDeadline deadline = new PreviewDeadline(timeout);
        Future<FilePreview> drawing;
        try {
            drawing = workers.submit(() -> draw(fileId, deadline));
        } catch (RejectedExecutionException busy) {
            log.warn("No PDF preview now: {} already being drawn or waiting", workers.getActiveCount() + workers.getQueue().size());
            return new NotNow();
        }
        try {
            return drawing.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            log.warn("No PDF preview: drawing page 1 took longer than {}", timeout);
        } catch (ExecutionException broken) {
            log.info("No PDF preview: {}", String.valueOf(broken.getCause()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            // a drawing still waiting never starts; one under way is interrupted and stops at its next operator
            drawing.cancel(true);
        }
        return new NoPreview();
    }

    /** How many first pages are being drawn now. */
    int drawing() {
        return workers.getActiveCount();
    }

    /** How many wait for a worker. */
    int waiting() {
        return workers.getQueue().size();
    }

    private FilePreview draw(String fileId, PreviewDeadline deadline) throws IOException {
        deadline.check();
        byte[] pdf;
        try (InputStream content = store.open(fileId).orElseThrow(() -> new IOException("No content for " + fileId))) {
            pdf = content.readNBytes((int) MOST_BYTES);
        }
        // the empty user password opens a PDF that only limits printing or copying; a real password fails
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf), "", null, null,
                MemoryUsageSetting.setupMixed(SCRATCH_IN_MEMORY, SCRATCH_AT_MOST).streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                return new NoPreview();
            }
            PDPage page = document.getPage(0);
            float scale = scale(page);
            if (!(scale > 0)) {
                return new NoPreview();
            }
            long pixels = DeclaredImages.onPage(page, deadline);
            if (pixels > mostImagePixels) {
                log.info("No PDF preview: the pictures on page 1 have {} pixels, more than {}", pixels, mostImagePixels);
                return new NoPreview();
            }
            BufferedImage image = new StoppableRenderer(document, deadline, mostImagePixels).renderImage(0, scale, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return new FirstPage(png.toByteArray(), image.getWidth(), image.getHeight(), pages);
        }
    }

    /** The scale that fits the page as shown (a turned page is drawn turned) in the largest picture. */
    private static float scale(PDPage page) {
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        float width = turned ? box.getHeight() : box.getWidth();
        float height = turned ? box.getWidth() : box.getHeight();
        return Math.min(MOST_SCALE, Math.min(MOST_WIDTH / width, MOST_HEIGHT / height));
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
