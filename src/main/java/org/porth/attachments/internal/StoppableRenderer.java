package org.porth.attachments.internal;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.porth.attachments.internal.PreviewDeadline.PreviewStopped;

/**
 * PDFBox's renderer, made to stop. Before every operator of the page (and of the forms, patterns,
 * annotations and Type 3 glyphs it draws, which all pass through here) it checks the deadline, so
 * an interrupted or late drawing ends at once; and before a picture is drawn, or even loaded, it
 * checks the pixels the picture declares, wherever the picture is, so nothing draws one over the
 * budget however it is hidden from {@link DeclaredImages}.
 */
final class StoppableRenderer extends PDFRenderer {

    private final PreviewDeadline deadline;
    private final long mostImagePixels;

    StoppableRenderer(PDDocument document, PreviewDeadline deadline, long mostImagePixels) {
        super(document);
        this.deadline = deadline;
        this.mostImagePixels = mostImagePixels;
        // a picture drawn smaller than it is (most are, in a preview) is read at the size it is drawn
        setSubsamplingAllowed(true);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new Drawer(parameters);
    }

    private final class Drawer extends PageDrawer {

        Drawer(PageDrawerParameters parameters) throws IOException {
            super(parameters);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            deadline.check();
            long pixels = switch (operator.getName()) {
                case OperatorName.DRAW_OBJECT -> xObjectPixels(operands);
                case OperatorName.BEGIN_INLINE_IMAGE -> DeclaredImages.pixels(operator.getImageParameters());
                default -> 0;
            };
            if (pixels > mostImagePixels) {
                throw new PreviewStopped("a picture of " + pixels + " pixels is more than " + mostImagePixels);
            }
            super.processOperator(operator, operands);
        }

        /** The named XObject, looked up in the dictionaries as it is: asking PDFBox for it would load it. */
        private long xObjectPixels(List<COSBase> operands) {
            if (operands.isEmpty() || !(operands.getFirst() instanceof COSName name) || getResources() == null) {
                return 0;
            }
            COSDictionary xObjects = getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT);
            return xObjects != null && xObjects.getDictionaryObject(name) instanceof COSDictionary xObject
                    && COSName.IMAGE.equals(xObject.getCOSName(COSName.SUBTYPE)) ? DeclaredImages.pixels(xObject) : 0;
        }
    }
}
