package org.porth.integration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tests' RabbitMQ (127.0.0.1:5672, guest/guest) as a consumer sees it: an exchange and a queue of
 * this test run's own (unique names, deleted after), so parallel runs never mix, and every message
 * that arrived, in arrival order.
 */
final class TestBroker implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    static final int PORT = 5672;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One message as it arrived. */
    record Received(String id, String type, String subject, String routingKey, JsonNode data, String contentType) {
    }

    final String exchange = "porth.events.test-" + UUID.randomUUID();
    private final Connection connection;
    private final Channel channel;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

    /** Declares the exchange, and a queue bound to it with each binding key given. */
    TestBroker(String... bindingKeys) throws IOException, TimeoutException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(HOST);
        factory.setPort(PORT);
        connection = factory.newConnection("porth-test-consumer");
        channel = connection.createChannel();
        channel.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true);
        String queue = channel.queueDeclare("", false, true, true, null).getQueue();
        for (String key : bindingKeys) {
            channel.queueBind(queue, exchange, key);
        }
        channel.basicConsume(queue, true, (tag, delivery) -> {
            JsonNode event = JSON.readTree(delivery.getBody());
            received.add(new Received(event.get("id").asString(), event.get("type").asString(),
                    event.get("subject").asString(), delivery.getEnvelope().getRoutingKey(), event.get("data"),
                    delivery.getProperties().getContentType()));
        }, tag -> { });
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    /** What a consumer that drops a message whose id it has seen keeps. */
    List<Received> deduplicated() {
        Set<String> seen = new LinkedHashSet<>();
        return received().stream().filter(message -> seen.add(message.id())).toList();
    }

    /** The ids kept for each subject, in the order they arrived (after dropping duplicates). */
    Map<String, List<String>> idsBySubject() {
        Map<String, List<String>> bySubject = new LinkedHashMap<>();
        deduplicated().forEach(message -> bySubject.computeIfAbsent(message.subject(), s -> new ArrayList<>())
                .add(message.id()));
        return bySubject;
    }

    @Override
    public void close() throws IOException, TimeoutException {
        channel.exchangeDelete(exchange);
        connection.close();
    }
}
