package org.porth.apply.form;

import java.time.LocalDate;

import org.porth.catalogue.Text;
import org.porth.shared.Language;
import org.porth.shared.Translations;

/** A date written out for residents: "1 January 2024", "1 Ionawr 2024". */
public final class DateText {

    private DateText() {
    }

    public static String format(LocalDate date, Language language) {
        return date.getDayOfMonth() + " " + Translations.get(language, "form.month." + date.getMonthValue())
                + " " + date.getYear();
    }

    /** The date in both languages, e.g. for an error message. */
    public static Text format(LocalDate date) {
        return new Text(format(date, Language.ENGLISH), format(date, Language.WELSH));
    }
}
