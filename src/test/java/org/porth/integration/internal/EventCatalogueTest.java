package org.porth.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.porth.apply.RequestSubmitted;
import org.porth.booking.BookingCancelled;
import org.porth.booking.BookingConfirmed;
import org.porth.booking.BookingRescheduled;
import org.porth.casework.CaseOpened;
import org.porth.casework.CaseResolved;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseStatusChanged;
import org.porth.casework.CouncilMessageSent;
import org.porth.casework.Outcome;
import org.porth.catalogue.Channel;
import org.porth.catalogue.Text;
import org.porth.forms.Answers;
import org.porth.integration.IntegrationEvent;
import org.porth.integration.IntegrationEventTypes;
import org.porth.resident.ResidentId;
import org.porth.shared.Reference;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue in docs/events/ is the contract: every integration event Porth builds from its
 * modules' real internal events, as the CloudEvent a consumer receives, agrees with the documented
 * envelope and its type's schema for {@code data}; and every mapped type is documented.
 */
class EventCatalogueTest {

    private static final Path SCHEMAS = Path.of("docs/events/schemas");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final String REFERENCE = Reference.random().value();

    private final List<IntegrationEvent> built = new ArrayList<>();

    @Test
    void everyEventBuiltFromAnInternalEventAgreesWithItsDocumentedSchema() throws IOException {
        buildEveryType();

        assertThat(built).extracting(IntegrationEvent::type).containsExactlyInAnyOrderElementsOf(documentedTypes());
        Schema envelope = schema("cloudevent");
        for (IntegrationEvent event : built) {
            JsonNode cloudEvent = JSON.readTree(event.toCloudEventJson("https://porth.example.gov.uk"));
            assertThat(envelope.validate(cloudEvent)).as(event.type() + " as a CloudEvent").isEmpty();
            assertThat(schema(event.type()).validate(cloudEvent.get("data"))).as(event.type() + "'s data").isEmpty();
        }
    }

    @Test
    void theCheckFailsOnDataTheSchemaDoesNotDescribe() throws IOException {
        JsonNode extraField = JSON.valueToTree(Map.of("reference", REFERENCE, "serviceCode", "x", "ward", "w",
                "status", "IN_PROGRESS", "link", "/api/v1/requests/" + REFERENCE, "summary", "free text"));

        assertThat(schema(IntegrationEventTypes.CASE_STATUS_CHANGED).validate(extraField)).isNotEmpty();
    }

    @Test
    void everyDocumentedTypeIsInTheCatalogueOfTypes() throws IOException {
        assertThat(IntegrationEventTypes.ALL).containsAll(documentedTypes());
    }

    private void buildEveryType() {
        EventLog log = mock(EventLog.class);
        when(log.caseFacts(anyString())).thenReturn(new EventLog.CaseFacts("street-lighting", "Castle"));
        InternalEventMapping mapping = new InternalEventMapping(built::add, log,
                Clock.fixed(Instant.parse("2026-12-07T10:15:30.123456Z"), ZoneId.of("Europe/London")));
        Instant at = Instant.parse("2026-12-07T10:15:30Z");
        LocalDateTime start = LocalDateTime.parse("2026-12-14T09:30");
        Text resource = new Text("Recycling centre", "Canolfan ailgylchu");
        ResidentId resident = ResidentId.of(UUID.randomUUID().toString());

        mapping.on(new RequestSubmitted("req-1", new Reference(REFERENCE), "street-lighting", 3,
                resident.value().toString(), Channel.WEB, null, at, new Answers(Map.of())));
        mapping.on(new CaseOpened(REFERENCE, "req-1", "street-lighting", null, "highways", CaseStatus.SUBMITTED, at));
        mapping.on(new CaseStatusChanged(REFERENCE, resident.value().toString(), CaseStatus.IN_PROGRESS, at));
        mapping.on(new CaseResolved(REFERENCE, resident.value().toString(), Outcome.FIXED, "We fixed the lamp", at));
        mapping.on(new CouncilMessageSent(REFERENCE, resident.value().toString(), at));
        mapping.on(new BookingConfirmed("BK-1", resident, "tip-1", start, start.plusMinutes(30), Channel.PHONE, "officer-1",
                resource, resource));
        mapping.on(new BookingRescheduled("BK-1", resident, "tip-1", start, start.plusDays(1),
                start.plusDays(1).plusMinutes(30), null, resource, resource, at));
        mapping.on(new BookingCancelled("BK-1", resident, "tip-1", start.plusDays(1), "officer-1", "Closed for repairs",
                resource, resource));
    }

    private static List<String> documentedTypes() throws IOException {
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            return files.map(file -> file.getFileName().toString().replaceFirst("\\.json$", ""))
                    .filter(name -> !name.equals("cloudevent")).sorted().toList();
        }
    }

    private static Schema schema(String name) throws IOException {
        return REGISTRY.getSchema(JSON.readTree(Files.readString(SCHEMAS.resolve(name + ".json"))));
    }
}
