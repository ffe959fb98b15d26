package org.porth.devices.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.porth.devices.DeviceRef;
import org.porth.devices.Reading;
import org.porth.devices.SignalIngest.SensorReading;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Readings out of MQTT messages, in the two shapes Porth subscribes to (below its topic prefix):
 * <ul>
 * <li>{@code porth/{source}/{device}/up}: {@code {"observedAt": ISO-8601, "readings": [{"metric", "value", "unit"}]}};
 * <li>The Things Stack's LoRaWAN uplinks, {@code v3/{app}@{tenant}/devices/{device}/up}: the source is
 * {@code {app}@{tenant}}, each number in {@code uplink_message.decoded_payload} a reading of the metric of
 * that name (a payload formatter names them) in its rule's unit (payloads carry no units), observed at
 * {@code received_at}; fields no rule reads (a frame counter, say) are ignored.
 * </ul>
 */
final class MqttPayloads {

    static final String PORTH = "porth/";
    static final String THINGS_STACK = "v3/";

    private MqttPayloads() {
    }

    /**
     * @param unitOf the unit the rules read a metric in for a device, if any rule reads it (source, metric)
     */
    static List<SensorReading> parse(String topic, byte[] payload, JsonMapper json,
            BiFunction<DeviceRef, String, Optional<String>> unitOf) {
        String[] parts = topic.split("/");
        JsonNode body = json.readTree(payload);
        if (topic.startsWith(PORTH) && parts.length == 4 && "up".equals(parts[3])) {
            DeviceRef device = new DeviceRef(parts[1], parts[2]);
            Instant at = Instant.parse(body.path("observedAt").asString());
            List<SensorReading> readings = new ArrayList<>();
            for (JsonNode reading : body.path("readings")) {
                if (!reading.path("value").isNumber()) {
                    throw new IllegalArgumentException("A reading's value must be a number: " + reading);
                }
                readings.add(new SensorReading(device, new Reading(at, reading.path("metric").asString(),
                        reading.path("value").asDouble(), reading.path("unit").asString())));
            }
            return readings;
        }
        if (topic.startsWith(THINGS_STACK) && parts.length == 5 && "devices".equals(parts[2]) && "up".equals(parts[4])) {
            DeviceRef device = new DeviceRef(parts[1], parts[3]);
            Instant at = Instant.parse(body.path("received_at").asString());
            List<SensorReading> readings = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : body.path("uplink_message").path("decoded_payload").properties()) {
                Optional<String> unit = unitOf.apply(device, field.getKey());
                if (unit.isPresent() && field.getValue().isNumber()) {
                    readings.add(new SensorReading(device, new Reading(at, field.getKey(), field.getValue().asDouble(),
                            unit.get())));
                }
            }
            return readings;
        }
        throw new IllegalArgumentException("Not a topic Porth reads: " + topic);
    }
}
