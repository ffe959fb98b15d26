package org.porth.attachments.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * The pixels of the pictures a PDF page says it draws, read from the PDF's dictionaries without
 * decoding any picture (PDFBox decodes a JPEG 2000 picture as soon as it is asked for one, so not
 * even that is asked): the images among the page's resources and those of the forms it uses, to any
 * depth, each counted once, with their masks; and the images written inline in the page's and the
 * forms' content. What a picture declares is what drawing it takes: 40,000 by 40,000 pixels is 6 GB.
 */
final class DeclaredImages {

    private final PreviewDeadline deadline;
    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private DeclaredImages(PreviewDeadline deadline) {
        this.deadline = deadline;
    }

    /** All the pixels of the page's pictures, at most {@link Long#MAX_VALUE}. */
    static long onPage(PDPage page, PreviewDeadline deadline) throws IOException {
        DeclaredImages images = new DeclaredImages(deadline);
        return plus(images.inResources(page.getResources() == null ? null : page.getResources().getCOSObject()),
                images.inline(page));
    }

    /**
     * The pixels an image dictionary (or an inline image's) declares, with its soft mask and mask;
     * zero for anything that is not an image.
     */
    static long pixels(COSDictionary image) {
        if (image == null) {
            return 0;
        }
        // a mask's own masks are not followed: they mean nothing, and may point back in a circle
        long softMask = image.getDictionaryObject(COSName.SMASK) instanceof COSStream mask ? own(mask) : 0;
        long mask = image.getDictionaryObject(COSName.MASK) instanceof COSStream stencil ? own(stencil) : 0;
        return plus(own(image), plus(softMask, mask));
    }

    private static long own(COSDictionary image) {
        return times(image.getInt(COSName.WIDTH, COSName.W, 0), image.getInt(COSName.HEIGHT, COSName.H, 0));
    }

    private long inResources(COSDictionary resources) throws IOException {
        COSDictionary xObjects = resources == null ? null : resources.getCOSDictionary(COSName.XOBJECT);
        if (xObjects == null) {
            return 0;
        }
        long total = 0;
        for (COSName name : xObjects.keySet()) {
            deadline.check();
            if (!(xObjects.getDictionaryObject(name) instanceof COSStream xObject) || !seen.add(xObject)) {
                continue;
            }
            COSName type = xObject.getCOSName(COSName.SUBTYPE);
            if (COSName.IMAGE.equals(type)) {
                total = plus(total, pixels(xObject));
            } else if (COSName.FORM.equals(type)) {
                total = plus(total, plus(inResources(xObject.getCOSDictionary(COSName.RESOURCES)),
                        inline(new PDFormXObject(xObject))));
            }
        }
        return total;
    }

    /** Inline images (BI ... ID ... EI): the parser reads their data as it is, decoding nothing. */
    private long inline(PDContentStream content) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(content);
        long total = 0;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            deadline.check();
            if (token instanceof Operator operator && operator.getImageParameters() != null) {
                total = plus(total, pixels(operator.getImageParameters()));
            }
        }
        return total;
    }

    private static long times(int width, int height) {
        return (long) Math.max(0, width) * Math.max(0, height);
    }

    private static long plus(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
