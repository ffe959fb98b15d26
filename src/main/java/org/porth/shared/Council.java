package org.porth.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The council that runs this Porth: its name in both languages, how to contact it and its brand.
 * A council re-brands Porth with these properties and its theme folder, not Java.
 *
 * @param primaryColour the brand colour for the header and buttons; it needs a contrast of at
 *                      least 4.5:1 against white text
 */
@ConfigurationProperties("porth.council")
public record Council(
        String name,
        String nameCy,
        String phone,
        String email,
        String address,
        String logo,
        String primaryColour) {

    public String name(Language language) {
        return language == Language.WELSH && nameCy != null && !nameCy.isBlank() ? nameCy : name;
    }
}
