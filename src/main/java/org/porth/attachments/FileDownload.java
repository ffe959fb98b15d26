package org.porth.attachments;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

import org.porth.attachments.StoredFiles.StoredFile;

/** A file opened for download: what it is, and its content, which the caller closes. */
public record FileDownload(StoredFile file, InputStream content) implements Closeable {

    @Override
    public void close() throws IOException {
        content.close();
    }
}
