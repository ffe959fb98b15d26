package org.porth.channels.open311;

import java.util.Optional;

import org.springframework.http.MediaType;

/** The two formats of GeoReport v2, chosen by the address's suffix ({@code requests.xml}, {@code requests.json}). */
enum Format {
    XML("xml", MediaType.APPLICATION_XML),
    JSON("json", MediaType.APPLICATION_JSON);

    private final String suffix;
    private final MediaType mediaType;

    Format(String suffix, MediaType mediaType) {
        this.suffix = suffix;
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The format of {@code name.xml} or {@code name.json}, with the name before it; empty for any other ending. */
    static Optional<Suffixed> of(String file) {
        int dot = file.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        return named(file.substring(dot + 1)).map(format -> new Suffixed(file.substring(0, dot), format));
    }

    /** The format whose suffix is {@code xml} or {@code json}. */
    static Optional<Format> named(String suffix) {
        for (Format format : values()) {
            if (format.suffix.equals(suffix)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    record Suffixed(String name, Format format) {
    }
}
