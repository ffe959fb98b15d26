package org.porth.attachments.internal;

import java.util.regex.Pattern;

/** The ids a {@link org.porth.attachments.FileStore} accepts: every store builds a path or key from one. */
final class FileIds {

    // ids are generated, but a path or an object key is built from one: refuse anything that could leave the store's place
    private static final Pattern SAFE_ID = Pattern.compile("[0-9a-z]{16,64}");

    private FileIds() {
    }

    static String checked(String id) {
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a file id: " + id);
        }
        return id;
    }
}
