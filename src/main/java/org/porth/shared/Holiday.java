package org.porth.shared;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day the council's offices are closed: a bank holiday, or a closure day a council added to its
 * bank holidays file.
 *
 * @param name   the English name, e.g. "Boxing Day (substitute day)"
 * @param nameCy the Welsh name, e.g. "Gŵyl San Steffan (diwrnod yn lle)"
 */
public record Holiday(LocalDate date, String name, String nameCy) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameCy, "nameCy");
    }

    public String name(Language language) {
        return language == Language.WELSH ? nameCy : name;
    }
}
