package org.porth.attachments.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.porth.catalogue.UploadLimits.FileType;

/**
 * What a file is, from its first bytes (its "magic number"), never from its name or the browser's
 * word for it: a PDF renamed {@code photo.jpg} is a PDF, a text file renamed {@code .png} is nothing.
 */
public final class ContentSniffer {

    /** How many bytes from the start of a file are enough to tell. */
    public static final int HEAD_LENGTH = 12;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    // ISO base media file: a box size, "ftyp", then the major brand; these brands are HEIC/HEIF images
    private static final byte[] FTYP = {'f', 't', 'y', 'p'};
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "mif1", "msf1");

    private ContentSniffer() {
    }

    public static Optional<FileType> sniff(byte[] head) {
        if (startsWith(head, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(head, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (isHeic(head)) {
            return Optional.of(FileType.HEIC);
        }
        return Optional.empty();
    }

    private static boolean isHeic(byte[] head) {
        return head.length >= HEAD_LENGTH
                && Arrays.equals(head, 4, 8, FTYP, 0, FTYP.length)
                && HEIC_BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
