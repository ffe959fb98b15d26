package org.porth.catalogue.internal;

import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Text;
import org.porth.shared.Language;

/**
 * Services in alphabetical order of their names in the page's language. Welsh has its own
 * alphabet, in which ch, dd, ff, ng, ll, ph, rh and th are single letters: "Rhoi" comes after "Ryseitiau".
 */
final class NameOrder {

    // each reset is on the capital, the last variant of its letter, so the new letter follows both cases
    private static final String WELSH_LETTERS = "& C < ch, Ch, CH & D < dd, Dd, DD & F < ff, Ff, FF & G < ng, Ng, NG"
            + " & L < ll, Ll, LL & P < ph, Ph, PH & R < rh, Rh, RH & T < th, Th, TH";

    private static final Collator ENGLISH = Collator.getInstance(Locale.UK);
    private static final Collator WELSH = welsh();

    private NameOrder() {
    }

    static Comparator<ServiceDefinition> of(Language language) {
        return of(language, ServiceDefinition::name);
    }

    static <T> Comparator<T> of(Language language, Function<T, Text> name) {
        return Comparator.comparing(item -> name.apply(item).in(language), collator(language));
    }

    static Collator collator(Language language) {
        return language == Language.WELSH ? WELSH : ENGLISH;
    }

    private static Collator welsh() {
        try {
            RuleBasedCollator root = (RuleBasedCollator) Collator.getInstance(Locale.ROOT);
            return new RuleBasedCollator(root.getRules() + WELSH_LETTERS);
        } catch (ParseException e) {
            throw new IllegalStateException("The Welsh alphabet rules do not parse", e);
        }
    }
}
