package org.porth.apply.internal.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Small real PDFs made with PDFBox for the tests: A4 pages with a black bar across the top of page 1. */
public final class TestPdfs {

    private TestPdfs() {
    }

    public static byte[] pages(int count) {
        return save(document(count));
    }

    /** Opens only with the password "secret", as a resident's bank statement might. */
    public static byte[] lockedWithAPassword() {
        PDDocument document = document(1);
        try {
            document.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(document);
    }

    /** Starts like a PDF (so it is accepted as one) and is nothing after that. */
    public static byte[] broken() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nthis is not the rest of a PDF".getBytes();
    }

    private static PDDocument document(int count) {
        PDDocument document = new PDDocument();
        try {
            for (int i = 0; i < count; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                if (i == 0) {
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        content.addRect(0, PDRectangle.A4.getHeight() - 100, PDRectangle.A4.getWidth(), 100);
                        content.fill();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document;
    }

    private static byte[] save(PDDocument document) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
