package org.porth.attachments;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Real small pictures whose headers say they are far bigger than they are, as a hostile upload's
 * would: decoding one as it declares itself would take gigabytes.
 */
public final class TestPictures {

    private TestPictures() {
    }

    /** A 2 by 2 PNG whose header (IHDR) says {@code width} by {@code height}, with a right checksum. */
    public static byte[] pngDeclaring(int width, int height) {
        byte[] png = encoded("png");
        // the signature (8 bytes), then IHDR: length (4), "IHDR" (4), width (4), height (4), ..., CRC
        ByteBuffer.wrap(png).putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png).putInt(29, (int) crc.getValue());
        return png;
    }

    /** A 16 by 16 JPEG whose frame header (SOF0) says {@code width} by {@code height} (at most 65,535 each). */
    public static byte[] jpegDeclaring(int width, int height) {
        byte[] jpeg = encoded("jpg");
        for (int i = 2; i + 9 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                // marker (2), length (2), precision (1), height (2), width (2)
                ByteBuffer.wrap(jpeg).putShort(i + 5, (short) height).putShort(i + 7, (short) width);
                return jpeg;
            }
        }
        throw new IllegalStateException("ImageIO wrote a JPEG without a baseline frame header");
    }

    /** The first bytes of a PNG, and then nothing a reader can make sense of. */
    public static byte[] pngWithABrokenHeader() {
        byte[] png = new byte[64];
        System.arraycopy(encoded("png"), 0, png, 0, 8);
        return png;
    }

    private static byte[] encoded(String format) {
        BufferedImage image = new BufferedImage(format.equals("png") ? 2 : 16, format.equals("png") ? 2 : 16,
                BufferedImage.TYPE_INT_RGB);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
