package org.porth.attachments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * Small real PDFs made with PDFBox for the tests: A4 pages with a black bar across the top of page 1;
 * and hostile ones, of a few hundred bytes, whose page 1 draws a picture that declares itself huge
 * (drawn as it declares itself, 40,000 by 40,000 pixels take 6 GB), or takes minutes to draw.
 */
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

    /** Page 1 draws, over the whole page, a picture (a stencil mask) of {@code width} by {@code height} pixels. */
    public static byte[] drawingAPictureOf(int width, int height) {
        PDDocument document = new PDDocument();
        PDPage page = a4(document);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(picture(document, width, height), 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(document);
    }

    /** The same picture, inside a form (an XObject) inside a form that page 1 draws. */
    public static byte[] withAPictureInAForm(int width, int height) {
        PDDocument document = new PDDocument();
        PDPage page = a4(document);
        PDFormXObject inner = form(document, picture(document, width, height));
        PDFormXObject outer = form(document, inner);
        page.setResources(new PDResources());
        COSName name = page.getResources().add(outer);
        content(document, page, "/" + name.getName() + " Do");
        return save(document);
    }

    /** The same picture written inline in page 1's content (BI ... ID ... EI), with a few bytes of data. */
    public static byte[] withAnInlinePicture(int width, int height) {
        PDDocument document = new PDDocument();
        PDPage page = a4(document);
        content(document, page, "q 595 0 0 842 0 0 cm BI /W " + width + " /H " + height
                + " /IM true /BPC 1 ID \0\0\0\0 EI Q");
        return save(document);
    }

    /** The same picture drawn by an annotation's appearance, where a look at the page's own resources does not find it. */
    public static byte[] withAPictureInAnAnnotation(int width, int height) {
        PDDocument document = new PDDocument();
        PDPage page = a4(document);
        PDAppearanceStream appearance = new PDAppearanceStream(document);
        appearance.setBBox(new PDRectangle(100, 100));
        appearance.setResources(new PDResources());
        COSName name = appearance.getResources().add(picture(document, width, height));
        write(appearance.getContentStream(), "q 100 0 0 100 0 0 cm /" + name.getName() + " Do Q");
        PDAnnotationSquare square = new PDAnnotationSquare();
        square.setRectangle(new PDRectangle(50, 50, 100, 100));
        PDAppearanceDictionary appearances = new PDAppearanceDictionary();
        appearances.setNormalAppearance(appearance);
        square.setAppearance(appearances);
        page.setAnnotations(List.of(square));
        return save(document);
    }

    /**
     * Page 1 draws, {@code times} times, a form that fills the whole page {@code fills} times: a few
     * kilobytes, quick to read, whose drawing takes PDFBox about a second for each thousand fills.
     */
    public static byte[] fillingThePage(int fills, int times) {
        PDDocument document = new PDDocument();
        PDPage page = a4(document);
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(PDRectangle.A4);
        write(form.getContentStream(), " 0 0 595 842 re f".repeat(fills));
        page.setResources(new PDResources());
        COSName name = page.getResources().add(form);
        content(document, page, (" /" + name.getName() + " Do").repeat(times));
        return save(document);
    }

    private static PDPage a4(PDDocument document) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        return page;
    }

    /** A stencil mask (1 bit a pixel) with a few bytes of data, whatever size it declares. */
    private static PDImageXObject picture(PDDocument document, int width, int height) {
        COSStream image = document.getDocument().createCOSStream();
        image.setItem(COSName.TYPE, COSName.XOBJECT);
        image.setItem(COSName.SUBTYPE, COSName.IMAGE);
        image.setInt(COSName.WIDTH, width);
        image.setInt(COSName.HEIGHT, height);
        image.setBoolean(COSName.IMAGE_MASK, true);
        image.setInt(COSName.BITS_PER_COMPONENT, 1);
        try (OutputStream data = image.createOutputStream(COSName.FLATE_DECODE)) {
            data.write(new byte[1024]);
            return new PDImageXObject(new PDStream(image), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A form the size of the page that draws the XObject over all of it. */
    private static PDFormXObject form(PDDocument document, PDXObject drawn) {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(PDRectangle.A4);
        form.setResources(new PDResources());
        COSName name = drawn instanceof PDImageXObject image ? form.getResources().add(image)
                : form.getResources().add((PDFormXObject) drawn);
        String place = drawn instanceof PDImageXObject ? "595 0 0 842 0 0 cm " : "";
        write(form.getContentStream(), "q " + place + "/" + name.getName() + " Do Q");
        return form;
    }

    private static void content(PDDocument document, PDPage page, String operators) {
        PDStream content = new PDStream(document);
        write(content, operators);
        page.setContents(content);
    }

    private static void write(PDStream stream, String operators) {
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(operators.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
