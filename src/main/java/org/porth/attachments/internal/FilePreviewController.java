package org.porth.attachments.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.porth.attachments.FilePreview;
import org.porth.attachments.FilePreview.FirstPage;
import org.porth.attachments.FilePreview.NoPreview;
import org.porth.attachments.FilePreview.NotNow;
import org.porth.attachments.FilePreviews;
import org.porth.shared.LanguageChoice;
import org.porth.shared.Translations;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A picture of a PDF's first page, for the people who may download the file and nobody else (the
 * same bare 404 as {@link FileDownloadController} for anyone else or no such file). The PDF itself
 * is never shown in the page: the portal is never framed, and downloads stay attachments.
 */
@Controller
class FilePreviewController {

    static final String PATH = "/files/{id}/preview";
    /** Kept by this browser only, briefly: the picture of a file never changes, but access can. */
    private static final String CACHE_FOR_A_WHILE = "private, max-age=300";
    /** Seconds after which a preview refused for want of a worker may be asked for again. */
    private static final String TRY_AGAIN_AFTER = "30";

    private final FilePreviews previews;

    FilePreviewController(FilePreviews previews) {
        this.previews = previews;
    }

    @GetMapping(PATH)
    void preview(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<FilePreview> found = previews.preview(id);
        if (found.isEmpty()) {
            // a bare status, as for a download (see FileDownloadController)
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        switch (found.get()) {
            case FirstPage page -> {
                response.setContentType(MediaType.IMAGE_PNG_VALUE);
                response.setContentLength(page.png().length);
                response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_FOR_A_WHILE);
                response.getOutputStream().write(page.png());
            }
            case NoPreview none -> say(HttpServletResponse.SC_UNPROCESSABLE_CONTENT, "attachments.no-preview", request, response);
            case NotNow busy -> {
                response.setHeader(HttpHeaders.RETRY_AFTER, TRY_AGAIN_AFTER);
                say(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "attachments.preview-busy", request, response);
            }
        }
    }

    private static void say(int status, String key, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        byte[] message = Translations.get(LanguageChoice.resolve(request), key).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(message.length);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.getOutputStream().write(message);
    }
}
