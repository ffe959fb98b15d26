package org.porth.devices.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.porth.devices.Device;
import org.porth.devices.DeviceKind;
import org.porth.devices.DeviceRef;
import org.porth.devices.Devices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Readings over MQTT, against the Mosquitto every machine runs on 127.0.0.1:1883, below a topic
 * prefix of this run's own: Porth's shape and The Things Stack's LoRaWAN uplinks become readings,
 * rules and cases; a message Porth cannot read is dropped.
 */
@SpringBootTest
@ActiveProfiles("mqtt")
@DirtiesContext
class MqttReadingsTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String PREFIX = "porth-test-" + RUN + "/";

    @DynamicPropertySource
    static void topicPrefix(DynamicPropertyRegistry properties) {
        properties.add("porth.devices.mqtt.topic-prefix", () -> PREFIX);
    }

    @Autowired
    private Devices devices;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    @Test
    void thingsStackUplinksAndPorthReadingsOpenCases() throws Exception {
        Device bin = SignalDevices.register(devices, new DeviceRef("bins-" + RUN + "@council", "bin-7"),
                DeviceKind.BIN_FILL, null, null);
        Device gully = SignalDevices.register(devices, new DeviceRef("gullies-" + RUN, "g-1"), DeviceKind.GULLY, null, null);
        try (MqttClient publisher = new MqttClient("tcp://127.0.0.1:1883", "test-" + RUN, new MemoryPersistence())) {
            publisher.connect();
            publish(publisher, PREFIX + "v3/" + bin.ref().source() + "/devices/bin-7/up", """
                    {"end_device_ids": {"device_id": "bin-7"}, "received_at": "%s",
                     "uplink_message": {"f_cnt": 12, "decoded_payload": {"fill-level": 96, "frame": 3}}}"""
                    .formatted(clock.instant().minusSeconds(5)));
            publish(publisher, PREFIX + "porth/" + gully.ref().source() + "/g-1/up", "not json");
            publish(publisher, PREFIX + "porth/" + gully.ref().source() + "/g-1/up", """
                    {"observedAt": "%s", "readings": [{"metric": "water-level", "value": 2, "unit": "cm"}]}"""
                    .formatted(clock.instant().minusSeconds(5)));
            publisher.disconnect();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(count("select count(*) from service_case where api_client_name = ?", "bins-" + RUN + "@council bin-7"))
                    .isEqualTo(1);
            assertThat(count("select count(*) from device_reading where device_id = ?", gully.id())).isEqualTo(1);
        });
        assertThat(jdbc.queryForObject("select reading_value from device_reading where device_id = ?", Double.class,
                bin.id())).isEqualTo(96.0);
    }

    private static void publish(MqttClient publisher, String topic, String payload) throws Exception {
        MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
        message.setQos(1);
        publisher.publish(topic, message);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
