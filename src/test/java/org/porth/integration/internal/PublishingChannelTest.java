package org.porth.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.porth.integration.IntegrationEvent;
import org.porth.integration.IntegrationEventTypes;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.ReturnedMessage;
import org.springframework.amqp.rabbit.connection.CorrelationData;

/** What the relay learns from the broker's answers on one channel (decisions 0050, 0060). */
class PublishingChannelTest {

    private static final long LONG = Duration.ofSeconds(30).toNanos();

    private final List<CorrelationData> sent = new ArrayList<>();
    private final PublishingChannel channel = new PublishingChannel((event, correlation) -> sent.add(correlation),
            LONG, LONG);

    @Test
    void oneConfirmForManyEventsIsHandedBackAsOneAnswerToMark() throws Exception {
        channel.send(List.of(event(1), event(2), event(3)));
        confirm(0);
        // RabbitMQ's multiple=true confirm reaches the channel one event at a time, on the connection's thread
        Thread.ofPlatform().start(() -> {
            confirm(1);
            confirm(2);
        });

        List<PublishingChannel.Answer> answers = channel.answers(true);

        assertThat(answers).extracting(answer -> answer.event().seq()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(answers).allMatch(PublishingChannel.Answer::confirmed);
        assertThat(channel.inFlight()).isZero();
    }

    @Test
    void aReturnedMessageIsAFailureEvenThoughTheBrokerConfirmedIt() throws Exception {
        channel.send(List.of(event(1), event(2)));
        sent.get(0).setReturned(new ReturnedMessage(new Message(new byte[0]), 312, "NO_ROUTE", "porth.events", "x"));
        confirm(0);
        confirm(1);

        List<PublishingChannel.Answer> answers = channel.answers(true);

        assertThat(answers).hasSize(2);
        assertThat(answers).filteredOn(answer -> answer.event().seq() == 1).singleElement()
                .satisfies(answer -> assertThat(answer.failure()).startsWith("Returned unroutable"));
        assertThat(answers).filteredOn(answer -> answer.event().seq() == 2).singleElement()
                .satisfies(answer -> assertThat(answer.confirmed()).isTrue());
    }

    @Test
    void aNegativeConfirmIsAFailure() throws Exception {
        channel.send(List.of(event(1)));
        sent.get(0).getFuture().complete(new CorrelationData.Confirm(false, "queue full"));

        assertThat(channel.answers(true)).singleElement()
                .satisfies(answer -> assertThat(answer.failure()).contains("queue full"));
    }

    private void confirm(int index) {
        sent.get(index).getFuture().complete(new CorrelationData.Confirm(true, null));
    }

    private static EventLog.Recorded event(long seq) {
        return new EventLog.Recorded(seq, IntegrationEvent.of(IntegrationEventTypes.CASE_STATUS_CHANGED, "PTH-1",
                "potholes", Instant.now(), Map.of("status", "IN_PROGRESS")), 0);
    }
}
