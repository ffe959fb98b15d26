package org.porth.catalogue.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The dictionary forms a Welsh word may be a mutation of. Welsh changes the first letter of a word
 * after some words ("treth" becomes "y dreth", "gwastraff" becomes "ei wastraff"), so a resident who
 * searches for "treth" must find a text that says "dreth". Search indexes each Welsh word with
 * these forms too; guessing a form that is not a real word does no harm there.
 */
final class WelshMutations {

    /** Mutated beginnings and the radical each may come from (soft, nasal and aspirate mutations). */
    private static final List<String[]> REVERSALS = List.of(
            new String[] {"ngh", "c"}, new String[] {"mh", "p"}, new String[] {"nh", "t"}, new String[] {"ng", "g"},
            new String[] {"ch", "c"}, new String[] {"ph", "p"}, new String[] {"th", "t"}, new String[] {"dd", "d"},
            new String[] {"g", "c"}, new String[] {"b", "p"}, new String[] {"d", "t"}, new String[] {"f", "b"},
            new String[] {"f", "m"}, new String[] {"l", "ll"}, new String[] {"r", "rh"}, new String[] {"m", "b"},
            new String[] {"n", "d"});
    private static final String VOWELS = "aeiouwy";

    private WelshMutations() {
    }

    /** The word itself and every radical it might be a mutation of; words as {@link SearchWords} gives them. */
    static Set<String> radicals(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        for (String[] reversal : REVERSALS) {
            if (word.startsWith(reversal[0]) && word.length() > reversal[0].length()) {
                forms.add(reversal[1] + word.substring(reversal[0].length()));
            }
        }
        if (!word.isEmpty() && VOWELS.indexOf(word.charAt(0)) >= 0) {
            forms.add("g" + word); // soft mutation drops g: "gwastraff", "ei wastraff"
        }
        if (word.length() > 1 && word.charAt(0) == 'h' && VOWELS.indexOf(word.charAt(1)) >= 0) {
            forms.add(word.substring(1)); // h before a vowel: "ei henw" for "enw"
        }
        return forms;
    }
}
