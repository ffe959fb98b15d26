package org.porth.channels.open311;

import static org.porth.channels.open311.GeoReport.group;
import static org.porth.channels.open311.GeoReport.items;
import static org.porth.channels.open311.GeoReport.value;

import java.util.List;

import org.porth.shared.Council;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** GeoReport's {@code discovery}: where this endpoint is, what it speaks and whom to ask for a key. */
@Component
class Discovery {

    /** When the endpoint last changed in a way clients should know of. */
    static final String CHANGESET = "2026-12-07T00:00:00Z";

    private final String url;
    private final Council council;

    Discovery(@Value("${porth.base-url}") String baseUrl, Council council) {
        this.url = baseUrl + Open311Controller.PATH;
        this.council = council;
    }

    GeoReport document() {
        return group("discovery", value("changeset", CHANGESET), value("contact", council.email()),
                value("key_service", "Ask " + council.email() + " for an Open311 api_key"),
                items("endpoints", List.of(group("endpoint",
                        value("specification", "http://wiki.open311.org/GeoReport_v2"), value("url", url),
                        value("changeset", CHANGESET), value("type", "production"),
                        items("formats", List.of(value("format", "text/xml"), value("format", "application/json")))))));
    }
}
