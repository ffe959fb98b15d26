package org.porth.resident;

import java.util.Arrays;
import java.util.Optional;

/**
 * Support a resident can tell the council they need, from a fixed list, so that council teams can
 * prioritise and adapt how they deal with their requests. The keys are what service definitions'
 * routing names ({@code support-needs: [disability, over-75]}) and what is stored.
 */
public enum SupportNeed {
    DISABILITY("disability"),
    OVER_75("over-75"),
    READING_AND_FORMS("reading-and-forms"),
    OTHER_FORMAT("other-format"),
    CARER("carer");

    private final String key;

    SupportNeed(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<SupportNeed> fromKey(String key) {
        return Arrays.stream(values()).filter(need -> need.key.equals(key)).findFirst();
    }
}
