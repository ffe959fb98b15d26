package org.porth.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One person choosing a language in several sessions at the same moment (tabs, devices): every
 * choice is saved without an error, and they end with one preference, one of the languages chosen.
 * Before, all but one of the first choices failed on the table's primary key and the person saw a 403.
 */
@SpringBootTest
abstract class LanguageChoiceRaceContract {

    private static final int SESSIONS = 8;
    private static final int ROUNDS = 10;

    @Autowired
    private LanguagePreferences preferences;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void sessionsOfOnePersonChoosingAtOnceAllSucceedAndLeaveOnePreference() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Authentication person = People.signedIn("Race " + UUID.randomUUID(), null);
            String userId = CurrentUser.toUser(person).id();

            chooseAtOnce(person);

            assertThat(jdbc.queryForList("select language from language_preference where user_id = ?", String.class,
                    userId)).as("round %d", round).singleElement().isIn("ENGLISH", "WELSH");
        }
    }

    @Test
    void aLaterChoiceReplacesAnEarlierOne() {
        Authentication person = People.signedIn("Changes " + UUID.randomUUID(), null);
        SecurityContextHolder.getContext().setAuthentication(person);

        preferences.choose(Language.WELSH);
        preferences.choose(Language.ENGLISH);

        assertThat(preferences.current()).contains(Language.ENGLISH);
    }

    /** Each session on a thread of its own, released together, half choosing Welsh and half English. */
    private void chooseAtOnce(Authentication person) throws Exception {
        CyclicBarrier start = new CyclicBarrier(SESSIONS);
        try (ExecutorService sessions = Executors.newFixedThreadPool(SESSIONS)) {
            List<Future<?>> choices = new ArrayList<>();
            for (int session = 0; session < SESSIONS; session++) {
                Language language = session % 2 == 0 ? Language.WELSH : Language.ENGLISH;
                choices.add(sessions.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(person);
                    try {
                        start.await();
                        preferences.choose(language);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                    return null;
                }));
            }
            for (Future<?> choice : choices) {
                choice.get();
            }
        }
    }
}
