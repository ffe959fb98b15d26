package org.porth.channels.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.devices.Device;
import org.porth.devices.DeviceKind;
import org.porth.devices.DeviceRef;
import org.porth.devices.Devices;
import org.porth.devices.internal.SignalDevices;
import org.porth.shared.StandardWebhooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code POST /api/v1/sensor-alerts}: with a token holding alerts:write or signed by the source's
 * gateway; one alert per alert id; unknown devices, bad signatures and wrong types refused with a
 * problem and nothing stored.
 */
@SpringBootTest(properties = "porth.devices.signing-secrets.signed-gw=" + SensorAlertsApiTest.SECRET)
class SensorAlertsApiTest {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private Devices devices;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    private MockMvc api;
    private Device device;

    @BeforeEach
    void setUp() {
        api = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        device = SignalDevices.register(devices, new DeviceRef("signed-gw", "bin-" + UUID.randomUUID()), DeviceKind.BIN_FILL,
                null, null);
    }

    @Test
    void anAlertIdTakenTwiceOpensOneCase() throws Exception {
        String body = alert("x-1", device.ref().deviceId(), "bin-full", "raised", "\"%\"");
        MockHttpServletResponse first = send(post("/api/v1/sensor-alerts").with(ApiTokens.client("gw", "alerts:write")), body);
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(first.getContentAsString()).contains("\"outcome\":\"case-opened-or-updated\"").contains("caseReference");
        MockHttpServletResponse again = send(post("/api/v1/sensor-alerts").with(ApiTokens.client("gw", "alerts:write")), body);
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(again.getContentAsString()).contains("\"outcome\":\"repeated\"");
        assertThat(stored(device)).isEqualTo(1);
    }

    @Test
    void withoutTheScopeOrATokenNothingIsTaken() throws Exception {
        String body = alert("x-2", device.ref().deviceId(), "bin-full", "raised", "\"%\"");
        assertThat(send(post("/api/v1/sensor-alerts").with(ApiTokens.client("gw", "requests:write")), body).getStatus())
                .isEqualTo(403);
        assertThat(send(post("/api/v1/sensor-alerts"), body).getStatus()).isEqualTo(401);
        assertThat(stored(device)).isZero();
    }

    @Test
    void unknownDevicesWrongUnitsAndWrongTypesAreProblemsWithNothingStored() throws Exception {
        MockHttpServletResponse unknown = send(post("/api/v1/sensor-alerts").with(ApiTokens.client("gw", "alerts:write")),
                alert("x-3", "no-such-bin", "bin-full", "raised", "\"%\""));
        assertThat(unknown.getStatus()).isEqualTo(422);
        assertThat(unknown.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(unknown.getContentAsString()).contains("Unknown device").contains("\"field\":\"deviceId\"");
        MockHttpServletResponse unit = send(post("/api/v1/sensor-alerts").with(ApiTokens.client("gw", "alerts:write")),
                alert("x-4", device.ref().deviceId(), "bin-full", "raised", "\"litres\""));
        assertThat(unit.getStatus()).isEqualTo(422);
        assertThat(unit.getContentAsString()).contains("\"field\":\"reading.unit\"");
        MockHttpServletResponse type = send(post("/api/v1/sensor-alerts").with(ApiTokens.client("gw", "alerts:write")),
                alert("x-5", device.ref().deviceId(), "bin-full", "raised", "\"%\"").replace("\"value\": 95", "\"value\": \"full\""));
        assertThat(type.getStatus()).isEqualTo(400);
        assertThat(type.getContentAsString()).contains("reading.value");
        assertThat(stored(device)).isZero();
    }

    @Test
    void aGatewaySignsInsteadOfAToken() throws Exception {
        String body = alert("x-6", device.ref().deviceId(), "bin-fire", "raised", "\"C\"").replace("\"value\": 95", "\"value\": 80");
        String now = Long.toString(clock.instant().getEpochSecond());
        assertThat(signed(body, "msg-1", now, StandardWebhooks.signature(SECRET, "msg-1", now, bytes(body))).getStatus())
                .isEqualTo(201);
        String stale = Long.toString(clock.instant().minusSeconds(301).getEpochSecond());
        String other = body.replace("x-6", "x-7");
        assertThat(signed(other, "msg-2", stale, StandardWebhooks.signature(SECRET, "msg-2", stale, bytes(other))).getStatus())
                .isEqualTo(401);
        MockHttpServletResponse forged = signed(other, "msg-3", now,
                StandardWebhooks.signature("whsec_" + "A".repeat(32), "msg-3", now, bytes(other)));
        assertThat(forged.getStatus()).isEqualTo(401);
        assertThat(forged.getContentAsString()).contains("Signature not valid");
        assertThat(stored(device)).isEqualTo(1);
    }

    private MockHttpServletResponse signed(String body, String id, String timestamp, String signature) throws Exception {
        return send(post("/api/v1/sensor-alerts").header("webhook-id", id).header("webhook-timestamp", timestamp)
                .header("webhook-signature", signature), body);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return api.perform(request.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private String alert(String id, String deviceId, String kind, String state, String unit) {
        Instant observed = clock.instant().minusSeconds(10);
        return """
                {"alertId": "%s", "source": "signed-gw", "deviceId": "%s", "kind": "%s", "state": "%s",
                 "severity": "significant", "observedAt": "%s", "reading": {"value": 95, "unit": %s}, "threshold": 90,
                 "location": {"latitude": 51.48, "longitude": -3.18}}""".formatted(id, deviceId, kind, state, observed, unit);
    }

    private int stored(Device device) {
        return jdbc.queryForObject("select count(*) from device_alert where device_id = ?", Integer.class, device.id());
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
