package org.porth.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.porth.apply.FilePreview.FirstPage;
import org.porth.apply.FilePreview.NoPreview;
import org.porth.apply.StoredFiles.StoredFile;
import org.porth.apply.internal.files.PdfFirstPage;
import org.porth.apply.internal.files.PreviewCache;
import org.porth.catalogue.UploadLimits.FileType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Pictures of uploaded PDFs' first pages, for whoever may download the file ({@link Attachments}
 * decides) and nobody else. A file's content never changes, so a picture drawn once is kept for a
 * while: the case view asks for it to learn the page count, and the browser fetches it right after.
 */
@Service
public class FilePreviews {

    /** Bigger PDFs are not drawn at all: uploads are 10 MB at most unless a service allows more. */
    static final long MOST_BYTES = 20L * 1024 * 1024;

    private final Attachments attachments;
    private final PdfFirstPage renderer;
    private final PreviewCache cache;

    FilePreviews(Attachments attachments, PdfFirstPage renderer, PreviewCache cache) {
        this.attachments = attachments;
        this.renderer = renderer;
        this.cache = cache;
    }

    /** The preview of the file, or empty when the signed-in person may not see it (or there is no such file). */
    @PreAuthorize("isAuthenticated()")
    public Optional<FilePreview> preview(String fileId) {
        Optional<StoredFile> file = attachments.find(fileId);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        if (!FileType.PDF.mediaType().equals(file.get().mediaType()) || file.get().size() > MOST_BYTES) {
            return Optional.of(new NoPreview());
        }
        Optional<FirstPage> drawn = cache.get(fileId);
        if (drawn.isPresent()) {
            return Optional.of(drawn.get());
        }
        return attachments.open(fileId).map(this::draw);
    }

    private FilePreview draw(FileDownload download) {
        try (download) {
            FilePreview preview = renderer.render(download.content().readNBytes((int) MOST_BYTES));
            if (preview instanceof FirstPage page) {
                cache.put(download.file().id(), page);
            }
            return preview;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
