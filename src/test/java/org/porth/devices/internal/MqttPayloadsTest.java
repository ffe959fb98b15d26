package org.porth.devices.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.porth.devices.DeviceRef;
import org.porth.devices.Reading;
import org.porth.devices.SignalIngest.SensorReading;

import tools.jackson.databind.json.JsonMapper;

/** The two MQTT shapes Porth reads, and what it refuses in them. */
class MqttPayloadsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aThingsStackUplinkIsAReadingPerNumberARuleReadsInThatRulesUnit() {
        String uplink = """
                {"end_device_ids": {"device_id": "flat-12"}, "received_at": "2026-12-07T10:15:00Z",
                 "uplink_message": {"f_cnt": 7, "decoded_payload": {"relative-humidity": 78.5, "frame": 3, "note": "x"}}}""";
        List<SensorReading> readings = MqttPayloads.parse("v3/damp-app@council/devices/flat-12/up", bytes(uplink), json,
                (device, metric) -> metric.equals("relative-humidity") ? Optional.of("%") : Optional.empty());
        assertThat(readings).containsExactly(new SensorReading(new DeviceRef("damp-app@council", "flat-12"),
                new Reading(Instant.parse("2026-12-07T10:15:00Z"), "relative-humidity", 78.5, "%")));
    }

    @Test
    void porthsOwnShapeCarriesItsUnitsAndRefusesAValueThatIsNotANumber() {
        String body = """
                {"observedAt": "2026-12-07T10:15:00Z", "readings": [{"metric": "water-level", "value": 12, "unit": "cm"}]}""";
        assertThat(MqttPayloads.parse("porth/gullies/g-1/up", bytes(body), json, (device, metric) -> Optional.empty()))
                .extracting(reading -> reading.reading().unit()).containsExactly("cm");
        String notANumber = body.replace("\"value\": 12", "\"value\": \"high\"");
        assertThatThrownBy(() -> MqttPayloads.parse("porth/gullies/g-1/up", bytes(notANumber), json,
                (device, metric) -> Optional.empty())).hasMessageContaining("must be a number");
        assertThatThrownBy(() -> MqttPayloads.parse("porth/gullies/up", bytes(body), json,
                (device, metric) -> Optional.empty())).hasMessageContaining("Not a topic");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
