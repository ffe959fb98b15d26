package org.porth.apply.internal.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.apply.FilePreview.FirstPage;
import org.porth.apply.FilePreview.NoPreview;

/** The bounds on drawing a PDF someone uploaded: the picture's size, the time it may take. */
class PdfFirstPageTest {

    private PdfFirstPage renderer = renderer(Duration.ofSeconds(10));

    @AfterEach
    void stop() {
        renderer.destroy();
    }

    @Test
    void aPageCountsAllItsPagesAndDrawsOnlyTheFirst() {
        FirstPage page = (FirstPage) renderer.render(TestPdfs.pages(12));

        assertThat(page.pages()).isEqualTo(12);
        assertThat(page.width()).isEqualTo(PdfFirstPage.MOST_WIDTH);
    }

    @Test
    void aVeryLongPageIsNoTallerThanTheLimit() throws IOException {
        FirstPage page = (FirstPage) renderer.render(onePage(new PDRectangle(200, 14_400)));

        assertThat(page.height()).isEqualTo(PdfFirstPage.MOST_HEIGHT);
        assertThat(page.width()).isLessThan(20);
    }

    @Test
    void aTinyPageIsNotBlownUp() throws IOException {
        FirstPage page = (FirstPage) renderer.render(onePage(new PDRectangle(50, 30)));

        assertThat(page.width()).isEqualTo(100);
        assertThat(page.height()).isEqualTo(60);
    }

    @Test
    void aTurnedPageIsDrawnTurnedWithinTheLimits() throws IOException {
        PDPage turned = new PDPage(PDRectangle.A4);
        turned.setRotation(90);

        FirstPage page = (FirstPage) renderer.render(pdf(turned));

        assertThat(page.width()).isEqualTo(PdfFirstPage.MOST_WIDTH);
        assertThat(page.height()).isLessThan(page.width());
    }

    @Test
    void drawingThatTakesLongerThanTheLimitGivesNoPreview() {
        renderer.destroy();
        renderer = renderer(Duration.ZERO);

        assertThat(renderer.render(TestPdfs.pages(1))).isInstanceOf(NoPreview.class);
    }

    @Test
    void brokenOrLockedPdfsGiveNoPreview() {
        assertThat(renderer.render(TestPdfs.broken())).isInstanceOf(NoPreview.class);
        assertThat(renderer.render(TestPdfs.lockedWithAPassword())).isInstanceOf(NoPreview.class);
        assertThat(renderer.render(new byte[0])).isInstanceOf(NoPreview.class);
    }

    private static PdfFirstPage renderer(Duration timeout) {
        return new PdfFirstPage(new PreviewProperties(timeout));
    }

    private static byte[] onePage(PDRectangle size) throws IOException {
        return pdf(new PDPage(size));
    }

    private static byte[] pdf(PDPage page) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(page);
            document.save(out);
            return out.toByteArray();
        }
    }
}
