package org.porth.channels.api;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** The JSON of {@code POST /api/v1/sensor-alerts} (decision 0039). */
final class SensorAlertBodies {

    private SensorAlertBodies() {
    }

    @Schema(name = "SensorAlert", description = "An alert a device or its vendor's platform raised or cleared")
    record NewSensorAlert(
            @Schema(description = "The sender's id for the alert, unique per source: sent again, nothing changes",
                    requiredMode = RequiredMode.REQUIRED, example = "a7f3c2") String alertId,
            @Schema(description = "The vendor or network the device reports through, as registered",
                    requiredMode = RequiredMode.REQUIRED, example = "airwise") String source,
            @Schema(description = "The device's id at its source", requiredMode = RequiredMode.REQUIRED,
                    example = "AW-10442") String deviceId,
            @Schema(description = "The condition, as the signal rules name it", requiredMode = RequiredMode.REQUIRED,
                    example = "humidity-high") String kind,
            @Schema(description = "raised or cleared", requiredMode = RequiredMode.REQUIRED,
                    allowableValues = {"raised", "cleared"}) String state,
            @Schema(description = "emergency, significant or info; the rule's when absent",
                    allowableValues = {"emergency", "significant", "info"}) String severity,
            @Schema(description = "When the device observed it (ISO 8601)", requiredMode = RequiredMode.REQUIRED)
            Instant observedAt,
            @Schema(description = "The reading that triggered it") ReadingBody reading,
            @Schema(description = "The threshold it crossed, in the reading's unit", example = "70") Double threshold,
            @Schema(description = "Where it is: a property's UPRN or a point") LocationBody location) {
    }

    @Schema(name = "SensorReading")
    record ReadingBody(@Schema(example = "78.5") Double value, @Schema(example = "%") String unit) {
    }

    @Schema(name = "SensorLocation")
    record LocationBody(@Schema(example = "100023336956") String uprn, Double latitude, Double longitude) {
    }

    @Schema(name = "SensorAlertTaken")
    record Taken(
            @Schema(description = "The alert id") String alertId,
            @Schema(description = "case-opened-or-updated, noted (cleared, no open case), repeated (this alert id was "
                    + "taken before: nothing changed) or no-consent (a personal device without consent or a lawful basis staff "
                    + "recorded: the alert is kept for staff, no case)")
            String outcome,
            @Schema(description = "The reference of the case it opened or was added to, if any") String caseReference) {
    }
}
