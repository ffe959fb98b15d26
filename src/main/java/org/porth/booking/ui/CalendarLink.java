package org.porth.booking.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.porth.booking.ResidentBookings;
import org.porth.shared.Language;

/**
 * "Add to your calendar": the booking's .ics file. The file is made when the link is followed, by
 * the service that gives a resident only their own bookings, so the link works for its owner alone.
 */
final class CalendarLink {

    private static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private CalendarLink() {
    }

    static Anchor of(ResidentBookings bookings, String reference, Language language, String text) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = bookings.calendarFile(reference, language).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(file), reference + ".ics", MEDIA_TYPE, file.length);
        }), AttachmentType.DOWNLOAD, text);
        link.addClassName("porth-calendar-link");
        return link;
    }
}
