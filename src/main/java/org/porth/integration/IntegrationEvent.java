package org.porth.integration;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * One integration event: a fact other systems may rely on, in a stable, versioned shape of its own
 * (not a module's internal event). Sent as a CloudEvents 1.0 structured JSON message.
 *
 * @param type        a constant of {@link IntegrationEventTypes}, versioned in its name
 * @param subject     the reference it is about (case, request, booking or referral reference)
 * @param serviceCode the service's code, for routing; null when none applies
 * @param audience    null for every subscriber entitled to the type; {@code partner:<id>} for that partner only
 * @param data        thin: ids, status, service code, ward, a link to fetch more; never free text
 */
public record IntegrationEvent(UUID id, String type, String subject, String serviceCode, Instant time,
        String audience, Map<String, Object> data) {

    public static final String CLOUD_EVENTS_VERSION = "1.0";
    private static final String PARTNER = "partner:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public IntegrationEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        time = time.truncatedTo(ChronoUnit.MICROS);
        data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** A new event for every subscriber entitled to its type, with a new id. */
    public static IntegrationEvent of(String type, String subject, String serviceCode, Instant time,
            Map<String, Object> data) {
        return new IntegrationEvent(UUID.randomUUID(), type, subject, serviceCode, time, null, data);
    }

    /** The audience for one partner organisation only. */
    public static String partnerAudience(String partnerId) {
        return PARTNER + partnerId;
    }

    /** The partner this event is for alone; null when it is for every entitled subscriber. */
    public String partnerId() {
        return audience != null && audience.startsWith(PARTNER) ? audience.substring(PARTNER.length()) : null;
    }

    /**
     * The event as a CloudEvents 1.0 structured-mode JSON message
     * ({@code application/cloudevents+json}), built here because the CloudEvents SDK does not work
     * with Spring 7.
     *
     * @param source the URI reference of the Porth that produced it, e.g. {@code https://porth.example.gov.uk}
     */
    public String toCloudEventJson(String source) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", CLOUD_EVENTS_VERSION);
        event.put("id", id.toString());
        event.put("source", source);
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", time.toString());
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        return JSON.writeValueAsString(event);
    }
}
