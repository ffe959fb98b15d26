package org.porth.catalogue;

import java.util.Objects;

import org.porth.shared.Language;

/** A text a council writes in a service definition, in English and in Welsh. */
public record Text(String en, String cy) {

    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(cy, "cy");
    }

    public String in(Language language) {
        return language == Language.WELSH ? cy : en;
    }
}
