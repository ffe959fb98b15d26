package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stylesheets, scripts and pictures go out compressed to a browser that takes it (Lumo's stylesheet
 * alone is 234 KB); pages never, because they carry the CSRF token (decision 0045).
 */
class CompressionIT extends PortalBrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/lumo/lumo.css", "/themes/porth/porth.css"})
    void staticTextIsSentCompressedAndUnpacksToTheSameBytes(String path) throws Exception {
        HttpResponse<byte[]> plain = get(path, "identity");
        HttpResponse<byte[]> packed = get(path, "gzip, deflate, br");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(packed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(packed.body().length).as("bytes on the wire").isLessThan(plain.body().length / 2);
        try (GZIPInputStream unpacked = new GZIPInputStream(new ByteArrayInputStream(packed.body()))) {
            assertThat(unpacked.readAllBytes()).isEqualTo(plain.body());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/help"})
    void pagesAreNeverCompressed(String path) throws Exception {
        HttpResponse<byte[]> page = get(path, "gzip, deflate, br");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).isEmpty();
    }

    private HttpResponse<byte[]> get(String path, String encodings) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Encoding", encodings).GET().build(),
                BodyHandlers.ofByteArray());
    }
}
