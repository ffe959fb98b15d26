package org.porth.attachments.internal;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} header of a download (RFC 6266): always {@code attachment}, so
 * the browser saves the file rather than showing it inside the portal; the name in plain ASCII for
 * old browsers and in full as UTF-8 (RFC 5987/8187) for the rest.
 */
final class DownloadNames {

    private static final String ATTR_CHAR_PUNCTUATION = "!#$&+-.^_`|~";

    private DownloadNames() {
    }

    static String contentDisposition(String displayName) {
        return "attachment; filename=\"" + asciiFallback(displayName) + "\"; filename*=UTF-8''" + encoded(displayName);
    }

    /** Letters, digits and harmless punctuation kept; anything else (quotes, backslashes, accents) is _. */
    private static String asciiFallback(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
        return ascii.toString();
    }

    private static String encoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR_PUNCTUATION.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
