package org.porth.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalLong;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.porth.catalogue.UploadLimits.FileType;

/**
 * How many pixels a JPEG or PNG says it has, read from its header (a PNG's IHDR, a JPEG's frame
 * header) by ImageIO's reader for its type, never by decoding the picture: a file of a few bytes may
 * declare 50,000 by 50,000 pixels, which decoded would take 10 GB.
 */
final class PictureSize {

    private static final Map<FileType, String> FORMATS = Map.of(FileType.JPEG, "jpeg", FileType.PNG, "png");

    private PictureSize() {
    }

    /** Whether Porth reads this type's size: HEIC has no reader in Java, and a PDF is not a picture. */
    static boolean isRead(FileType type) {
        return FORMATS.containsKey(type);
    }

    /** Width times height; empty when the header cannot be read (a damaged or disguised file). */
    static OptionalLong pixels(InputStream content, FileType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(FORMATS.get(type));
        if (!readers.hasNext()) {
            throw new IllegalStateException("Java has no ImageIO reader for " + type);
        }
        ImageReader reader = readers.next();
        // only what is read is cached, in memory: the header, not the picture
        try (ImageInputStream stream = new MemoryCacheImageInputStream(content)) {
            reader.setInput(stream, true, true);
            return OptionalLong.of((long) reader.getWidth(0) * reader.getHeight(0));
        } catch (IOException | RuntimeException unreadable) {
            // ImageIO's readers answer a malformed header with IIOException and, at times, runtime exceptions
            return OptionalLong.empty();
        } finally {
            reader.dispose();
        }
    }
}
