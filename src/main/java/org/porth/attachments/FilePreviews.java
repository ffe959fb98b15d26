package org.porth.attachments;

import java.util.Optional;

import org.porth.attachments.FilePreview.FirstPage;
import org.porth.attachments.FilePreview.NoPreview;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.internal.PdfFirstPage;
import org.porth.attachments.internal.PreviewCache;
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

    private final Attachments attachments;
    private final PdfFirstPage renderer;
    private final PreviewCache cache;

    FilePreviews(Attachments attachments, PdfFirstPage renderer, PreviewCache cache) {
        this.attachments = attachments;
        this.renderer = renderer;
        this.cache = cache;
    }

    /**
     * The preview of the file, or empty when the signed-in person may not see it (or there is no such
     * file), to hand out as a picture: a staff member's look is recorded as a read of the file's case.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<FilePreview> preview(String fileId) {
        return attachments.read(fileId, FileUse.PREVIEW).map(this::previewOf);
    }

    /**
     * What the preview of the file is (its size and the page count, or that there is none), for a
     * page that shows it: not recorded, as the page fetches the picture itself through {@link #preview}.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<FilePreview> describe(String fileId) {
        return attachments.find(fileId).map(this::previewOf);
    }

    private FilePreview previewOf(StoredFile file) {
        if (!FileType.PDF.mediaType().equals(file.mediaType()) || file.size() > PdfFirstPage.MOST_BYTES) {
            return new NoPreview();
        }
        Optional<FirstPage> drawn = cache.get(file.id());
        if (drawn.isPresent()) {
            return drawn.get();
        }
        FilePreview preview = renderer.render(file.id());
        if (preview instanceof FirstPage page) {
            cache.put(file.id(), page);
        }
        return preview;
    }
}
