package org.porth.devices.internal;

import java.util.Optional;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.porth.devices.DeviceRef;
import org.porth.devices.Devices;
import org.porth.devices.SignalIngest;
import org.porth.devices.SignalIngest.SensorReading;
import org.porth.identity.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Readings from an MQTT broker (Eclipse Paho), on with the {@code mqtt} profile: subscribes at QoS 1
 * to {@link MqttPayloads}' two topic shapes below {@code porth.devices.mqtt.topic-prefix}, and
 * subscribes again whenever Paho's automatic reconnect brings the connection back. A message Porth
 * cannot read or take is logged and dropped: a broker would redeliver it forever.
 */
@Component
@Profile("mqtt")
class MqttReadings implements SmartLifecycle, MqttCallbackExtended {

    private static final Logger log = LoggerFactory.getLogger(MqttReadings.class);

    private final SignalIngest ingest;
    private final Devices devices;
    private final SignalRules rules;
    private final JsonMapper json;
    private final String broker;
    private final String prefix;
    private final String clientId;
    private MqttClient client;

    MqttReadings(SignalIngest ingest, Devices devices, SignalRules rules, JsonMapper json,
            @Value("${porth.devices.mqtt.broker:tcp://127.0.0.1:1883}") String broker,
            @Value("${porth.devices.mqtt.topic-prefix:}") String prefix,
            @Value("${porth.devices.mqtt.client-id:porth-${random.uuid}}") String clientId) {
        this.ingest = ingest;
        this.devices = devices;
        this.rules = rules;
        this.json = json;
        this.broker = broker;
        this.prefix = prefix;
        this.clientId = clientId;
    }

    @Override
    public void start() {
        try {
            client = new MqttClient(broker, clientId, new MemoryPersistence());
            client.setCallback(this);
            MqttConnectOptions options = new MqttConnectOptions();
            options.setAutomaticReconnect(true);
            options.setCleanSession(true);
            options.setMaxInflight(1000);
            client.connect(options);
        } catch (MqttException e) {
            throw new IllegalStateException("Cannot connect to the MQTT broker at " + broker + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        try {
            client.subscribe(new String[] {prefix + MqttPayloads.PORTH + "+/+/up", prefix + MqttPayloads.THINGS_STACK
                    + "+/devices/+/up"}, new int[] {1, 1});
            log.info("{} to MQTT broker {}, reading {}porth/... and {}v3/...", reconnect ? "Reconnected" : "Connected",
                    serverUri, prefix, prefix);
        } catch (MqttException e) {
            log.error("Cannot subscribe at the MQTT broker {}: {}", serverUri, e.getMessage());
        }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        SystemTask.DEVICE_SIGNALS.run(() -> {
            try {
                for (SensorReading reading : MqttPayloads.parse(topic.substring(prefix.length()), message.getPayload(), json,
                        this::unitOf)) {
                    ingest.accept(reading);
                }
            } catch (RuntimeException unreadable) {
                log.warn("Dropped the MQTT message on {}: {}", topic, unreadable.getMessage());
            }
            return null;
        });
    }

    private Optional<String> unitOf(DeviceRef ref, String metric) {
        return devices.find(ref).flatMap(device -> rules.forMetric(device.kind(), metric).stream().findFirst())
                .flatMap(SignalRule::reading).map(SignalRule.Threshold::unit);
    }

    @Override
    public void connectionLost(Throwable cause) {
        log.warn("Lost the MQTT broker {} ({}); reconnecting", broker, cause.getMessage());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // Porth only subscribes
    }

    @Override
    public void stop() {
        try {
            if (client != null && client.isConnected()) {
                client.disconnect();
            }
            if (client != null) {
                client.close();
            }
        } catch (MqttException e) {
            log.warn("Closing the MQTT connection: {}", e.getMessage());
        } finally {
            client = null;
        }
    }

    @Override
    public boolean isRunning() {
        return client != null;
    }
}
