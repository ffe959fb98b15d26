package org.porth.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.porth.attachments.FilePreview.NotNow;
import org.porth.attachments.FilePreviews;
import org.porth.shared.LanguageChoice;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * When every preview worker is busy and the queue is full, the picture's address says so, in the
 * reader's language, and when to ask again: 503 with {@code Retry-After}, never a wait in line.
 */
class FilePreviewControllerTest {

    private static final String FILE = "0123456789abcdef0123456789abcdef";

    private final FilePreviews previews = mock(FilePreviews.class);
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FilePreviewController(previews)).build();

    @Test
    void aPreviewNotAvailableNowSaysSoAndWhenToTryAgain() throws Exception {
        when(previews.preview(FILE)).thenReturn(Optional.of(new NotNow()));

        MockHttpServletResponse response = mvc.perform(get("/files/{id}/preview", FILE)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
        assertThat(response.getContentType()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(response.getContentAsString())
                .isEqualTo("A preview is not available now. Try again in a minute, or download the file.");
    }

    @Test
    void inWelshForAWelshReader() throws Exception {
        when(previews.preview(FILE)).thenReturn(Optional.of(new NotNow()));

        MockHttpServletResponse response = mvc.perform(get("/files/{id}/preview", FILE)
                .cookie(new Cookie(LanguageChoice.COOKIE, "cy"))).andReturn().getResponse();

        assertThat(response.getContentAsString())
                .isEqualTo("Does dim rhagolwg ar gael ar hyn o bryd. Rhowch gynnig arall arni mewn munud, neu lawrlwythwch y ffeil.");
    }
}
