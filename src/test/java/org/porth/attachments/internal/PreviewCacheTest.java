package org.porth.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.porth.attachments.FilePreview.FirstPage;

/** Drawn pages are kept up to a total size; the ones looked at least lately go first. */
class PreviewCacheTest {

    private static final int SIX_MB = 6 * 1024 * 1024;

    private final PreviewCache cache = new PreviewCache();

    @Test
    void theLeastRecentlyUsedPagesGoWhenTheyWouldTakeTooMuchMemory() {
        cache.put("a", page(SIX_MB));
        cache.put("b", page(SIX_MB));
        cache.get("a");

        cache.put("c", page(SIX_MB));

        assertThat(cache.get("a")).as("looked at lately").isPresent();
        assertThat(cache.get("b")).as("the least recently used").isEmpty();
        assertThat(cache.get("c")).isPresent();
    }

    @Test
    void aPageDrawnAgainReplacesTheOldOneWithoutCountingTwice() {
        cache.put("a", page(SIX_MB));
        cache.put("a", page(SIX_MB));
        cache.put("b", page(SIX_MB));

        assertThat(cache.get("a")).isPresent();
        assertThat(cache.get("b")).isPresent();
    }

    private static FirstPage page(int bytes) {
        return new FirstPage(new byte[bytes], 800, 1131, 1);
    }
}
