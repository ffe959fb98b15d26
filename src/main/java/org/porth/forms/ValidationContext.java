package org.porth.forms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.porth.attachments.StoredFiles;
import org.porth.gazetteer.Gazetteer;

/**
 * What checking an answer needs besides the answer: today's date (dates such as "in the past"), the
 * draft the answers belong to (an uploaded file counts only for the draft it was uploaded for), the
 * gazetteer (addresses and streets) and the uploaded files.
 */
public record ValidationContext(Clock clock, String draftId, Gazetteer gazetteer, StoredFiles files) {

    public ValidationContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(files, "files");
    }

    /** Today in the clock's zone (the council's). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
