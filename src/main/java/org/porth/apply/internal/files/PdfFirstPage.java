package org.porth.apply.internal.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.apache.pdfbox.rendering.PDFRenderer;
import org.porth.apply.FilePreview;
import org.porth.apply.FilePreview.FirstPage;
import org.porth.apply.FilePreview.NoPreview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Draws page 1 of a PDF someone uploaded, which may have been made to hurt us: only that page, no
 * bigger than {@link #MOST_WIDTH} by {@link #MOST_HEIGHT}, with PDFBox's scratch memory capped, on two
 * threads of its own with a few waiting at most, and given up after a time limit. Anything that goes
 * wrong (a password, a broken file, a limit reached) is "no preview", never an error page.
 */
@Component
public class PdfFirstPage implements DisposableBean {

    static final int MOST_WIDTH = 800;
    static final int MOST_HEIGHT = 1200;
    /** A page the size of a stamp is not blown up into a poster. */
    private static final float MOST_SCALE = 2f;
    private static final long SCRATCH_IN_MEMORY = 8L * 1024 * 1024;
    private static final long SCRATCH_AT_MOST = 64L * 1024 * 1024;
    private static final int RENDERERS = 2;
    private static final int WAITING_AT_MOST = 8;
    private static final Logger log = LoggerFactory.getLogger(PdfFirstPage.class);

    private final Duration timeout;
    private final ThreadPoolExecutor renderers = new ThreadPoolExecutor(RENDERERS, RENDERERS, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WAITING_AT_MOST), Thread.ofPlatform().name("pdf-preview-", 1).daemon().factory());

    PdfFirstPage(PreviewProperties properties) {
        this.timeout = properties.timeout();
    }

    public FilePreview render(byte[] pdf) {
        Future<FilePreview> drawing;
        try {
            drawing = renderers.submit(() -> draw(pdf));
        } catch (RejectedExecutionException busy) {
            log.warn("No PDF preview: {} already being drawn or waiting", RENDERERS + WAITING_AT_MOST);
            return new NoPreview();
        }
        try {
            return drawing.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            // PDFBox may not notice the interrupt; the pool's size still bounds what it costs
            drawing.cancel(true);
            log.warn("No PDF preview: drawing page 1 took longer than {}", timeout);
        } catch (ExecutionException broken) {
            log.info("No PDF preview: {}", String.valueOf(broken.getCause()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return new NoPreview();
    }

    private static FilePreview draw(byte[] pdf) throws IOException {
        // the empty user password opens a PDF that only limits printing or copying; a real password fails
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf), "", null, null,
                MemoryUsageSetting.setupMixed(SCRATCH_IN_MEMORY, SCRATCH_AT_MOST).streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                return new NoPreview();
            }
            float scale = scale(document.getPage(0));
            if (!(scale > 0)) {
                return new NoPreview();
            }
            PDFRenderer renderer = new PDFRenderer(document);
            renderer.setSubsamplingAllowed(true);
            BufferedImage image = renderer.renderImage(0, scale, ImageType.RGB);
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
        renderers.shutdownNow();
    }
}
