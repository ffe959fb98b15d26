package org.porth.attachments.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.porth.catalogue.Text;
import org.porth.catalogue.UploadLimits.FileType;
import org.porth.shared.Language;
import org.porth.shared.Translations;

/**
 * Why an upload was refused, in both languages, naming the file ("photo.heic must be a JPG, PNG or
 * PDF"), or "The selected file ..." when nothing of its name could be shown. The GOV.UK wording.
 */
public final class RejectionTexts {

    private static final Map<FileType, String> LABELS = Map.of(
            FileType.JPEG, "JPG", FileType.PNG, "PNG", FileType.HEIC, "HEIC", FileType.PDF, "PDF");
    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private RejectionTexts() {
    }

    public static Text empty(String name) {
        return named("attachments.empty", name);
    }

    public static Text tooBig(String name, long mostBytes) {
        return named("attachments.too-big", name, size(mostBytes));
    }

    public static Text wrongType(String name, Collection<FileType> allowed) {
        return new Text(named(Language.ENGLISH, "attachments.wrong-type", name, types(Language.ENGLISH, allowed)),
                named(Language.WELSH, "attachments.wrong-type", name, types(Language.WELSH, allowed)));
    }

    /** "photo.png must be 50 megapixels or fewer" */
    public static Text tooManyPixels(String name, long mostPixels) {
        return named("attachments.too-many-pixels", name, megapixels(mostPixels));
    }

    /** A picture whose header cannot be read, so its size is unknown. */
    public static Text damaged(String name) {
        return named("attachments.damaged", name);
    }

    public static Text storageFull(long mostBytes) {
        return unnamed("attachments.storage-full", size(mostBytes));
    }

    /** @param again when the resident may upload again, e.g. "14:05" */
    public static Text hourlyLimit(String again) {
        return unnamed("attachments.hourly-limit", again);
    }

    /** "photo4.jpg was not added: you can add up to 3 files" */
    public static Text tooMany(String name, int mostFiles) {
        return mostFiles == 1 ? named("attachments.too-many.one", name) : named("attachments.too-many", name, mostFiles);
    }

    /** "10 MB", "2.5 MB", "500 KB": the limit as people read it. */
    static String size(long bytes) {
        boolean megabytes = bytes >= MB;
        BigDecimal amount = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(megabytes ? MB : KB), 1, RoundingMode.HALF_UP);
        return amount.stripTrailingZeros().toPlainString() + (megabytes ? " MB" : " KB");
    }

    /** "50", "12.5": millions of pixels, as cameras give them. */
    private static String megapixels(long pixels) {
        return BigDecimal.valueOf(pixels).divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /** "JPG, PNG or PDF", "JPG, PNG neu PDF", always in the same order. */
    private static String types(Language language, Collection<FileType> allowed) {
        List<String> labels = allowed.stream().sorted().map(LABELS::get).toList();
        if (labels.size() == 1) {
            return labels.getFirst();
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " "
                + Translations.get(language, "attachments.or") + " " + labels.getLast();
    }

    private static Text unnamed(String key, Object... params) {
        return new Text(Translations.get(Language.ENGLISH, key, params), Translations.get(Language.WELSH, key, params));
    }

    private static Text named(String key, String name, Object... more) {
        return new Text(named(Language.ENGLISH, key, name, more), named(Language.WELSH, key, name, more));
    }

    private static String named(Language language, String key, String name, Object... more) {
        if (name.isBlank()) {
            return Translations.get(language, key + ".unnamed", more);
        }
        Object[] params = new Object[more.length + 1];
        params[0] = name;
        System.arraycopy(more, 0, params, 1, more.length);
        return Translations.get(language, key, params);
    }
}
