package org.porth.attachments;

/** How someone read a file's content, as a staff read of the case it belongs to is recorded. */
public enum FileUse {
    DOWNLOAD,
    PREVIEW
}
