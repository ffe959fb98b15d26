package org.porth.booking.ui;

import java.time.ZoneId;

import org.porth.booking.rules.RulesInForce;
import org.porth.identity.StaffNames;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shared.Translations;

/** Who changed a resource's booking rules last and when, or that they are the council's defaults. */
final class LastChangeText {

    private LastChangeText() {
    }

    static String of(RulesInForce rules, StaffNames names, ZoneId zone, Language language) {
        return rules.lastChange().map(last -> Translations.get(language,
                        last.backToDefaults() ? "booking.admin.rules-reset" : "booking.admin.rules-changed",
                        names.of(last.officerId()), DateText.format(last.at(), zone, language)))
                .orElseGet(() -> Translations.get(language, "booking.admin.rules-defaults"));
    }
}
