package org.porth.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An officer's search for a caller takes what they type as text: quotes, SQL, LIKE's wildcards and
 * escape, a null character, emoji and 20,000 characters find what holds them, or nobody, and never
 * fail. On H2 and PostgreSQL, whose LIKE and text differ.
 */
@SpringBootTest
abstract class ResidentSearchContract {

    @Autowired
    private ResidentProfiles profiles;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void searchWordsAreTakenAsTextNeverAsSqlOrAPattern() {
        Somebody.signIn(Somebody.officer());
        String family = Somebody.named("Odd").family;
        ResidentId odd = profiles.createForCaller(new NewResident(new PersonName("O'Brien_100%\\", family), null, null,
                null, null, Language.ENGLISH, new ContactPreferences(false, false, false))).id();

        for (String literal : List.of("o'brien", "_", "%", "\\", "_100%\\", "'")) {
            assertThat(profiles.find(family + " " + literal)).as(literal).extracting(Profile::id).containsExactly(odd);
        }
        for (String hostile : List.of("' OR 1=1 --", "%%", "%_%", "\\%", "'; drop table resident; --", "\u0000", "Tŷ 😀",
                "a".repeat(20_000))) {
            assertThat(profiles.find(family + " " + hostile)).as(hostile).isEmpty();
        }
    }
}
