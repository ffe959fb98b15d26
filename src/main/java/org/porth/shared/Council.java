package org.porth.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The council that runs this Porth: its name in both languages, how to contact it and its brand.
 * A council re-brands Porth with these properties and its theme folder, not Java.
 *
 * @param addressCy     the address as Welsh pages give it, e.g. "Neuadd y Sir, ..."; the English
 *                      address where none is configured
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
        String addressCy,
        String logo,
        String primaryColour) {

    public String name(Language language) {
        return inWelsh(language, nameCy) ? nameCy : name;
    }

    /** The name as it reads after "by", "to", "from": "gan Gyngor Sir Porth" in Welsh. */
    public String nameAfterPreposition(Language language) {
        return inWelsh(language, nameCy) ? SoftMutation.of(nameCy) : name;
    }

    public String address(Language language) {
        return inWelsh(language, addressCy) ? addressCy : address;
    }

    private static boolean inWelsh(Language language, String welsh) {
        return language == Language.WELSH && welsh != null && !welsh.isBlank();
    }
}
