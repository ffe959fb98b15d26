package org.porth.channels.api;

import org.porth.channels.ApiCaller;
import org.porth.channels.api.SensorAlertBodies.NewSensorAlert;
import org.porth.channels.api.SensorAlertBodies.Taken;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(path = "/api/v1/sensor-alerts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sensor alerts", description = "Alerts from sensors, telecare hubs and wearables (never emergency alarms)")
class SensorAlertsController {

    private final ApiSensorAlerts alerts;
    private final ApiCalls calls;

    SensorAlertsController(ApiSensorAlerts alerts, ApiCalls calls) {
        this.alerts = alerts;
        this.calls = calls;
    }

    @PostMapping
    @Operation(summary = "Send an alert a device raised or cleared; its alertId makes it once",
            description = "Authenticated by an access token with the alerts:write scope, or signed as Standard "
                    + "Webhooks sign (webhook-id, webhook-timestamp, webhook-signature: v1 HMAC-SHA256 of "
                    + "id.timestamp.body with the source's secret, within 5 minutes).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = NewSensorAlert.class))))
    @Parameter(name = SignedAlertFilter.SIGNATURE, in = ParameterIn.HEADER,
            description = "For signing gateways instead of a token: v1,<base64 signature>")
    @ApiResponse(responseCode = "201", description = "Taken: what it did and the case it went to",
            content = @Content(schema = @Schema(implementation = Taken.class)))
    @ApiResponse(responseCode = "200", description = "This alert id was taken before: nothing changed",
            content = @Content(schema = @Schema(implementation = Taken.class)))
    ResponseEntity<Taken> send(@RequestBody JsonNode body, @AuthenticationPrincipal ApiCaller caller) {
        Taken taken = alerts.take(calls.json().read(body, NewSensorAlert.class), caller);
        return ResponseEntity.status("repeated".equals(taken.outcome()) ? HttpStatus.OK : HttpStatus.CREATED).body(taken);
    }
}
