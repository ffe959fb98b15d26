package org.porth.channels.api;

import java.util.List;

import org.porth.casework.GeoPoint;
import org.porth.channels.ApiCaller;
import org.porth.channels.api.ApiProblem.FieldProblem;
import org.porth.channels.api.SensorAlertBodies.NewSensorAlert;
import org.porth.channels.api.SensorAlertBodies.Taken;
import org.porth.devices.AlertIntake;
import org.porth.devices.AlertTaken;
import org.porth.devices.DeviceRef;
import org.porth.devices.SignalIngest.SensorAlert;
import org.porth.devices.SignalRefused;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * An alert sent to the API, handed to the devices module's intake; what it refuses is a problem
 * naming the field, with nothing stored. A gateway that signed the alert may send only its own
 * source's alerts.
 */
@Service
public class ApiSensorAlerts {

    static final String SIGNED_PREFIX = "source:";

    private final AlertIntake intake;

    ApiSensorAlerts(AlertIntake intake) {
        this.intake = intake;
    }

    @PreAuthorize("hasAuthority('SCOPE_alerts:write')")
    public Taken take(NewSensorAlert body, ApiCaller caller) {
        require(body.alertId(), "alertId");
        require(body.source(), "source");
        require(body.deviceId(), "deviceId");
        require(body.kind(), "kind");
        if (!"raised".equals(body.state()) && !"cleared".equals(body.state())) {
            throw invalid("state", body.state(), "sensor.state");
        }
        if (body.observedAt() == null) {
            throw invalid("observedAt", null, "sensor.required");
        }
        if (caller.clientId().startsWith(SIGNED_PREFIX) && !caller.clientId().equals(SIGNED_PREFIX + body.source())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "sensor-other-source");
        }
        GeoPoint point = body.location() == null || body.location().latitude() == null || body.location().longitude() == null
                ? null : new GeoPoint(body.location().latitude(), body.location().longitude());
        SensorAlert alert = new SensorAlert(body.alertId(), new DeviceRef(body.source(), body.deviceId()), body.kind(),
                "raised".equals(body.state()), body.severity(), body.observedAt(),
                body.reading() == null ? null : body.reading().value(), body.reading() == null ? null : body.reading().unit(),
                body.threshold(), body.location() == null ? null : body.location().uprn(), point);
        try {
            AlertTaken taken = intake.take(alert);
            return new Taken(body.alertId(), taken.outcome(), taken.caseReference());
        } catch (SignalRefused refused) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "sensor-" + refused.code(),
                    List.of(new FieldProblem(field(refused.code()), null,
                            AnswersReader.both("sensor.refused." + refused.code()))));
        }
    }

    private static String field(String code) {
        return switch (code) {
            case "unknown-device" -> "deviceId";
            case "unknown-condition", "emergency-alarm" -> "kind";
            case "wrong-unit" -> "reading.unit";
            default -> "observedAt";
        };
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(field, null, "sensor.required");
        }
    }

    private static ApiProblem invalid(String field, String input, String key) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-sensor-alert",
                List.of(new FieldProblem(field, input, AnswersReader.both(key, field))));
    }
}
