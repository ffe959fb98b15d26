package org.porth.attachments.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.porth.catalogue.UploadLimits.FileType;

/**
 * A resident's file name made safe to show and to offer as a download name. The name is never
 * trusted: any folder part is dropped ({@code ../../etc/passwd} is {@code passwd}), control and
 * invisible formatting characters go (a right-to-left override can make {@code exe.jpg} look like
 * {@code gpj.exe}), characters that mean something to a file system or to HTML become {@code _},
 * and a long name is shortened keeping its extension.
 */
public final class DisplayNames {

    public static final int MOST_CHARACTERS = 100;

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}]");
    private static final Pattern RESERVED = Pattern.compile("[<>:\"|?*]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_DOTS_AND_SPACES = Pattern.compile("^[.\\s]+");
    private static final int LONGEST_EXTENSION = 10;
    private static final String ELLIPSIS = "…";
    private static final Map<FileType, List<String>> EXTENSIONS = Map.of(
            FileType.JPEG, List.of("jpg", "jpeg", "jpe", "jfif"),
            FileType.PNG, List.of("png"),
            FileType.HEIC, List.of("heic", "heif"),
            FileType.PDF, List.of("pdf"));
    private static final String NAMELESS = "file";

    private DisplayNames() {
    }

    /** The name made safe; empty when nothing of it is left. */
    public static String of(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = SPACES.matcher(Normalizer.normalize(fileName, Normalizer.Form.NFC)).replaceAll(" ");
        name = INVISIBLE.matcher(name).replaceAll("");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = RESERVED.matcher(name).replaceAll("_").strip();
        return shorten(LEADING_DOTS_AND_SPACES.matcher(name).replaceAll(""));
    }

    /**
     * The name made safe, ending in an extension of what the file really is, so that a PDF named
     * {@code notes.html} is saved as {@code notes.html.pdf} and opens as a PDF, not a web page.
     */
    public static String of(String fileName, FileType type) {
        String name = of(fileName);
        List<String> extensions = EXTENSIONS.get(type);
        if (extensions.contains(extension(name).toLowerCase(Locale.ROOT))) {
            return name;
        }
        String suffix = "." + extensions.getFirst();
        return shorten((name.isEmpty() ? NAMELESS : name) + suffix);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MOST_CHARACTERS) {
            return name;
        }
        String extension = extension(name);
        String tail = extension.isEmpty() || extension.length() > LONGEST_EXTENSION ? "" : "." + extension;
        int keep = MOST_CHARACTERS - ELLIPSIS.length() - tail.length();
        return name.substring(0, name.offsetByCodePoints(0, keep)) + ELLIPSIS + tail;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
