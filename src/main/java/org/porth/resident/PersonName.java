package org.porth.resident;

/**
 * A resident's name as they write it. The family name may be empty: not everyone has one, and
 * some sign-in services share only one name.
 */
public record PersonName(String given, String family) {

    public static final int MAX_LENGTH = 100;

    public PersonName {
        given = given == null ? "" : given.strip();
        family = family == null ? "" : family.strip();
        if (given.isEmpty()) {
            throw new IllegalArgumentException("A name needs a given name");
        }
        if (given.length() > MAX_LENGTH || family.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A name part is longer than " + MAX_LENGTH + " characters");
        }
    }

    /**
     * Splits a display name from a sign-in ("Sam Taylor") at its last space; the resident can
     * correct the split in My account ("Mary Ann Jones" becomes "Mary Ann" and "Jones").
     */
    public static PersonName fromDisplayName(String displayName) {
        String name = displayName.strip();
        int lastSpace = name.lastIndexOf(' ');
        return lastSpace < 0 ? new PersonName(name, "")
                : new PersonName(name.substring(0, lastSpace), name.substring(lastSpace + 1));
    }

    public String full() {
        return family.isEmpty() ? given : given + " " + family;
    }
}
