package org.porth.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.apply.RequestSubmitted;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.resident.Somebody;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Submitting a draft makes exactly one request, however many times and from however many places
 * it is submitted at once, and the resident gets the same reference every time.
 */
@SpringBootTest
@RecordApplicationEvents
abstract class SubmitOnceContract {

    private static final int AT_ONCE = 8;

    @Autowired
    private RequestStore store;
    @Autowired
    private DraftRepository drafts;
    @Autowired
    private SubmittedRequestRepository requests;
    @Autowired
    private ApplicationEvents events;
    @Autowired
    private Catalogue catalogue;

    /** A resident submits (a request's files are sent as the person submitting it). */
    @BeforeEach
    void signedIn() {
        Somebody.signIn(Somebody.named("Rhian").asResident());
    }

    @AfterEach
    void cleanUp() {
        requests.deleteAll();
        drafts.deleteAll();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSecondSubmitOfTheSameDraftReturnsTheFirstReference() {
        Draft draft = savedDraft();

        SubmittedRequest first = store.submit(draft, answers(), missedBin());
        SubmittedRequest again = store.submit(draft, answers(), missedBin());

        assertThat(again.reference()).isEqualTo(first.reference());
        assertThat(requestsOfTheResident()).isEqualTo(1);
        assertThat(drafts.findById(draft.id())).as("the draft is gone once submitted").isEmpty();
        assertThat(events.stream(RequestSubmitted.class)).hasSize(1)
                .first().satisfies(event -> {
                    assertThat(event.reference()).isEqualTo(first.reference());
                    assertThat(event.serviceId()).isEqualTo("missed-bin");
                    assertThat(event.residentId()).isEqualTo("resident-1");
                });
    }

    @Test
    void theSameDraftSubmittedFromManyPlacesAtOnceMakesOneRequest() throws Exception {
        Draft draft = savedDraft();
        CountDownLatch start = new CountDownLatch(1);
        Authentication resident = SecurityContextHolder.getContext().getAuthentication();
        Callable<String> submit = () -> {
            Somebody.signIn(resident);
            start.await();
            return store.submit(draft, answers(), missedBin()).reference().value();
        };

        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<String>> results = IntStream.range(0, AT_ONCE).mapToObj(i -> pool.submit(submit)).toList();
            start.countDown();
            Set<String> references = results.stream().map(SubmitOnceContract::get).collect(Collectors.toSet());

            assertThat(references).as("every submitter sees the same reference").hasSize(1);
            assertThat(requestsOfTheResident()).isEqualTo(1);
            assertThat(requests.findByDraftId(draft.id())).get()
                    .extracting(request -> request.reference().value()).isEqualTo(references.iterator().next());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theRequestKeepsTheAnswersAndTheServiceVersion() {
        Draft draft = savedDraft();

        SubmittedRequest request = store.submit(draft, answers(), missedBin());

        SubmittedRequest read = requests.findByReference(request.reference().value()).orElseThrow();
        assertThat(read.answers()).isEqualTo(answers());
        assertThat(read.serviceVersion()).isEqualTo(3);
        assertThat(read.channel()).isEqualTo(Channel.WEB);
    }

    /** Missed bins book nothing, so the store has no booking to confirm. */
    private ServiceDefinition missedBin() {
        return catalogue.current("missed-bin").orElseThrow();
    }

    private Draft savedDraft() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Draft draft = new Draft("resident-1", "missed-bin", 3, Channel.WEB, null, now, now.plus(28, ChronoUnit.DAYS));
        draft.save(answers(), 3, now, now.plus(28, ChronoUnit.DAYS));
        return drafts.saveAndFlush(draft);
    }

    /** Other tests share the database and leave their own requests in it. */
    private int requestsOfTheResident() {
        return requests.findByResidentIdOrderBySubmittedAtDesc("resident-1").size();
    }

    private static Answers answers() {
        return Answers.NONE.with("bin", Answer.of("general")).with("when", new Answer(
                java.util.Map.of("day", List.of("3"), "month", List.of("11"), "year", List.of("2026"), "value", List.of("2026-11-03"))));
    }

    private static String get(Future<String> result) {
        try {
            return result.get();
        } catch (Exception e) {
            throw new AssertionError("a submit failed instead of returning the reference", e);
        }
    }
}
