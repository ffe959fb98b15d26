package org.porth.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.forms.FieldError;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.porth.shared.Reference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The satisfaction question: once per request, by the resident who sent it, checked on the server. */
@SpringBootTest
@RecordApplicationEvents
class SatisfactionTest {

    @Autowired
    private Satisfaction satisfaction;
    @Autowired
    private Applications applications;
    @Autowired
    private Submissions submissions;
    @Autowired
    private ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theResidentWhoSentARequestRatesItOnceAndItIsPublishedWithoutTheComment() {
        Reference reference = sentBy(Somebody.named("Nia"));
        assertThat(satisfaction.question(reference)).isEqualTo(Satisfaction.Question.ASK);

        assertThat(satisfaction.rate(reference, 4, "  Quick and clear  ")).isEqualTo(new SatisfactionResult.Rated(4));

        assertThat(satisfaction.question(reference)).isEqualTo(Satisfaction.Question.ANSWERED);
        assertThat(events.stream(SatisfactionRated.class)).singleElement().satisfies(rated -> {
            assertThat(rated.reference()).isEqualTo(reference.value());
            assertThat(rated.serviceCode()).isEqualTo(GardenWasteForm.SERVICE);
            assertThat(rated.score()).isEqualTo(4);
            assertThat(rated.hasComment()).isTrue();
        });
    }

    @Test
    void aSecondAnswerIsRefusedAndTheFirstStands() {
        Reference reference = sentBy(Somebody.named("Owain"));
        satisfaction.rate(reference, 2, "");

        assertThat(satisfaction.rate(reference, 5, null)).isInstanceOf(SatisfactionResult.AlreadyAnswered.class);

        assertThat(events.stream(SatisfactionRated.class)).singleElement().satisfies(rated -> {
            assertThat(rated.score()).isEqualTo(2);
            assertThat(rated.hasComment()).as("a blank comment is none").isFalse();
        });
    }

    @Test
    void noScoreOrAnOverlongCommentIsRefusedWithAMessageForEachInBothLanguages() {
        Reference reference = sentBy(Somebody.named("Gethin"));

        var result = satisfaction.rate(reference, null, "x".repeat(Satisfaction.COMMENT_LIMIT + 1));

        assertThat(result).isInstanceOfSatisfying(SatisfactionResult.Invalid.class, invalid -> {
            assertThat(invalid.errors()).extracting(FieldError::questionId)
                    .containsExactly(Satisfaction.SCORE, Satisfaction.COMMENT);
            assertThat(invalid.errors().getFirst().message().in(Language.ENGLISH))
                    .isEqualTo("Select how you felt about the service you received today");
            assertThat(invalid.errors().get(1).message().in(Language.WELSH))
                    .isEqualTo("Rhaid i'ch sylw fod yn 500 nod neu lai");
        });
        assertThat(satisfaction.rate(reference, 6, null)).as("only the five answers")
                .isInstanceOf(SatisfactionResult.Invalid.class);
        assertThat(satisfaction.rate(reference, 1, "y".repeat(Satisfaction.COMMENT_LIMIT)))
                .isEqualTo(new SatisfactionResult.Rated(1));
        assertThat(events.stream(SatisfactionRated.class)).hasSize(1);
    }

    @Test
    void anotherResidentCannotRateOrEvenSeeTheQuestionForSomeoneElsesRequest() {
        Reference reference = sentBy(Somebody.named("Bethan"));
        signIn(Somebody.named("Mallt").asResident());

        assertThatThrownBy(() -> satisfaction.question(reference)).isInstanceOf(NoSuchDraftException.class);
        assertThatThrownBy(() -> satisfaction.rate(reference, 1, null)).isInstanceOf(NoSuchDraftException.class);
        assertThat(events.stream(SatisfactionRated.class)).isEmpty();
    }

    @Test
    void staffAreNotAskedAndCannotAnswerForTheResident() {
        Reference reference = sentBy(Somebody.named("Iolo"));
        signIn(Somebody.officer());

        assertThat(satisfaction.question(reference)).isEqualTo(Satisfaction.Question.NOT_ASKED);
        assertThatThrownBy(() -> satisfaction.rate(reference, 5, null)).isInstanceOf(AccessDeniedException.class);
    }

    private Reference sentBy(Somebody resident) {
        signIn(resident.asResident());
        return GardenWasteForm.send(applications, submissions, resident.email);
    }
}
