package org.porth.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.resident.Somebody.signIn;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.resident.Somebody;
import org.porth.shared.Reference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A resident answering the satisfaction question in several tabs at the same moment: one answer is
 * stored and thanked for, every other tab is told it was already answered, and none sees an error.
 */
@SpringBootTest
abstract class SatisfactionRaceContract {

    private static final int TABS = 6;

    @Autowired
    private Satisfaction satisfaction;
    @Autowired
    private Applications applications;
    @Autowired
    private Submissions submissions;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void tabsAnsweringAtOnceStoreOneAnswer() throws Exception {
        Somebody resident = Somebody.named("Tabitha");
        Authentication person = resident.asResident();
        signIn(person);
        Reference reference = GardenWasteForm.send(applications, submissions, resident.email);

        List<SatisfactionResult> results = answerAtOnce(person, reference);

        List<SatisfactionResult.Rated> rated = results.stream().filter(SatisfactionResult.Rated.class::isInstance)
                .map(SatisfactionResult.Rated.class::cast).toList();
        assertThat(rated).hasSize(1);
        assertThat(results).filteredOn(SatisfactionResult.AlreadyAnswered.class::isInstance).hasSize(TABS - 1);
        assertThat(jdbc.queryForList("select score from satisfaction_answer where reference = ?", Integer.class,
                reference.value())).containsExactly(rated.getFirst().score());
    }

    /** Each tab on a thread of its own, released together, each with its own answer. */
    private List<SatisfactionResult> answerAtOnce(Authentication person, Reference reference) throws Exception {
        CyclicBarrier start = new CyclicBarrier(TABS);
        try (ExecutorService tabs = Executors.newFixedThreadPool(TABS)) {
            List<Future<SatisfactionResult>> answers = new ArrayList<>();
            for (int tab = 0; tab < TABS; tab++) {
                int score = 1 + tab % 5;
                answers.add(tabs.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(person);
                    try {
                        start.await();
                        return satisfaction.rate(reference, score, null);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<SatisfactionResult> results = new ArrayList<>();
            for (Future<SatisfactionResult> answer : answers) {
                results.add(answer.get());
            }
            return results;
        }
    }
}
