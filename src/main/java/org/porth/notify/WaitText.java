package org.porth.notify;

import java.time.Duration;

import org.porth.shared.Language;
import org.porth.shared.Translations;

/** How long a notification has waited, in words, rounded down: "1 minute", "95 minutes", "3 hours", "2 days". */
public final class WaitText {

    private WaitText() {
    }

    public static String of(Duration wait, Language language) {
        long minutes = Math.max(1, wait.toMinutes());
        if (minutes == 1) {
            return Translations.get(language, "notify.wait.minute");
        }
        if (minutes < 120) {
            return Translations.get(language, "notify.wait.minutes", minutes);
        }
        if (wait.toHours() < 48) {
            return Translations.get(language, "notify.wait.hours", wait.toHours());
        }
        return Translations.get(language, "notify.wait.days", wait.toDays());
    }
}
