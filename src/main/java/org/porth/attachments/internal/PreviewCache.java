package org.porth.attachments.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.porth.attachments.FilePreview.FirstPage;
import org.springframework.stereotype.Component;

/**
 * Pictures of first pages drawn lately, by file id, up to {@link #MOST_BYTES} in all (the least
 * recently used go first). Who may see a file is checked before the cache is asked, every time.
 */
@Component
public class PreviewCache {

    static final long MOST_BYTES = 16L * 1024 * 1024;

    private final Map<String, FirstPage> pages = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    public synchronized Optional<FirstPage> get(String fileId) {
        return Optional.ofNullable(pages.get(fileId));
    }

    public synchronized void put(String fileId, FirstPage page) {
        FirstPage replaced = pages.put(fileId, page);
        bytes += page.png().length - (replaced == null ? 0 : replaced.png().length);
        Iterator<FirstPage> oldest = pages.values().iterator();
        while (bytes > MOST_BYTES && oldest.hasNext()) {
            bytes -= oldest.next().png().length;
            oldest.remove();
        }
    }
}
