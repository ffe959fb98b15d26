package org.porth.attachments.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.porth.attachments.Attachments;
import org.porth.attachments.FileDownload;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads of uploaded files, for the person who uploaded them and for the staff who may read the
 * case they were sent to (each such download recorded in the case's audit). Anyone else, and any
 * id that does not exist, gets the same 404: the answer never tells that a file exists. The content
 * is streamed straight from the file store, not held in memory.
 */
@Controller
class FileDownloadController {

    static final String PATH = "/files/{id}";

    private final Attachments attachments;

    FileDownloadController(Attachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping(PATH)
    void download(@PathVariable String id, HttpServletResponse response) throws IOException {
        Optional<FileDownload> found = attachments.open(id);
        if (found.isEmpty()) {
            // a bare status, as for a visitor not signed in: sendError would hand over to /error,
            // which the portal's security denies (403), telling that something is there
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (FileDownload download = found.get()) {
            // the type found in the content when it was uploaded, and the browser told not to guess another
            response.setContentType(download.file().mediaType());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLengthLong(download.file().size());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.contentDisposition(download.file().name()));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            download.content().transferTo(response.getOutputStream());
        }
    }
}
