package org.porth.resident;

import java.util.Collection;
import java.util.List;

import org.porth.catalogue.Text;
import org.porth.shared.Language;
import org.porth.shared.Translations;

/**
 * The question a resident answers to share a change ("tell us once"), in both languages, so that
 * the form shows it and the consent records it in the same words.
 */
public final class ConsentWording {

    private ConsentWording() {
    }

    /** e.g. "Do you want us to update your account with your new address, and share it with every council service that uses it?" */
    public static Text forFields(Collection<ProfileField> fields) {
        List<ProfileField> prefill = fields.stream().filter(ProfileField::prefill).sorted().toList();
        if (prefill.isEmpty()) {
            throw new IllegalArgumentException("Only prefill fields are shared: " + fields);
        }
        return new Text(in(Language.ENGLISH, prefill), in(Language.WELSH, prefill));
    }

    private static String in(Language language, List<ProfileField> fields) {
        List<String> names = fields.stream()
                .map(field -> Translations.get(language, "consent.field." + field.key()))
                .toList();
        return names.size() == 1 ? Translations.get(language, "consent.wording.one", names.getFirst())
                : Translations.get(language, "consent.wording.many", String.join(", ", names));
    }
}
