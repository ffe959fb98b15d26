package org.porth.attachments;

/** What the case view can show of an uploaded file without downloading it. */
public sealed interface FilePreview {

    /**
     * The first page of a PDF as a PNG picture, no wider than the preview allows.
     *
     * @param pages how many pages the whole PDF has
     */
    record FirstPage(byte[] png, int width, int height, int pages) implements FilePreview {
    }

    /**
     * No picture of this file: not a PDF, or one that is locked with a password, broken, too big to
     * draw, holds pictures of more pixels than a preview may draw, or took too long.
     */
    record NoPreview() implements FilePreview {
    }

    /** Every preview worker is busy and the queue is full: try again in a moment. */
    record NotNow() implements FilePreview {
    }
}
