package org.porth.devices.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.devices.DeviceKind;
import org.porth.devices.DeviceRef;
import org.porth.devices.Devices;
import org.porth.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** A vendor's CSV file: every row registered, or none and each wrong row's problems by line number. */
class DeviceImportTest extends PortalViewTest {

    private static final String HEADER = "source,device_id,kind,uprn,usrn,latitude,longitude,team,resident_id,consent_id,interval_minutes\n";

    private final String batch = UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    private DeviceImport imports;
    @Autowired
    private Devices devices;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aGoodFileRegistersEveryRowWithColumnsInAnyOrderAndCommentsSkipped() {
        asOfficer(Role.SUPERVISOR);

        ImportOutcome outcome = imports.importCsv(bytes("""
                # bins and a damp sensor from acme, December
                kind,source,device_id,usrn,latitude,longitude,team,uprn,interval_minutes,extra
                bin-fill,acme,bin-%1$s-1,32710042,51.600701,-3.895120,waste,,60,ignored
                BIN_FILL,acme,bin-%1$s-2,32710042,,,waste,,,
                damp,acme,damp-%1$s,,,,housing-repairs,100100421519,,
                """.formatted(batch)));

        assertThat(outcome.imported()).isTrue();
        assertThat(outcome.registered()).isEqualTo(3);
        assertThat(devices.find(new DeviceRef("acme", "bin-" + batch + "-2"))).hasValueSatisfying(bin -> {
            assertThat(bin.kind()).isEqualTo(DeviceKind.BIN_FILL);
            assertThat(bin.street()).isEqualTo("Stryd Fawr");
            assertThat(bin.point()).as("the street's own point").isNotNull();
            assertThat(bin.expectedInterval().toMinutes()).as("the usual interval for a bin").isEqualTo(60);
        });
    }

    @Test
    void anyWrongRowRegistersNothingAndEachProblemNamesItsLineAndColumn() {
        asOfficer(Role.SUPERVISOR);

        ImportOutcome outcome = imports.importCsv(bytes(HEADER + """
                acme,good-%1$s,gully,,32710101,,,highways,,,
                acme,bad-%1$s,kettle,,,,,highways,,,
                acme,hub-%1$s,telecare-hub,100100421519,,,,nobody,,,
                acme,good-%1$s,gully,,32710101,,,highways,,,
                """.formatted(batch)));

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems()).extracting(DraftProblem::line, DraftProblem::field, DraftProblem::messageKey)
                .containsExactly(
                        tuple(3, "kind", "registry.problem.kind.unknown"),
                        tuple(4, "team", "registry.problem.team.unknown"),
                        tuple(4, "resident-id", "registry.problem.resident-id.missing"),
                        tuple(4, "consent-id", "registry.problem.consent-id.missing"),
                        tuple(5, "device-id", "registry.import.twice"));
        assertThat(devices.find(new DeviceRef("acme", "good-" + batch))).as("nothing half-imported").isEmpty();
    }

    @Test
    void aFileWithoutAColumnItNeedsOrWithABrokenLineSaysWhere() {
        asOfficer(Role.SUPERVISOR);

        assertThat(imports.importCsv(bytes("source,kind,team\nacme,gully,highways\n")).problems())
                .containsExactly(new DraftProblem("device_id", "registry.import.no-column", 1));
        assertThat(imports.importCsv(bytes(HEADER + "acme,x,gully\n")).problems())
                .containsExactly(new DraftProblem("file", "registry.import.unreadable", 2));
        assertThat(imports.importCsv(bytes(HEADER)).problems())
                .containsExactly(new DraftProblem("file", "registry.import.empty", 1));
    }

    @Test
    void caseworkersCannotImport() {
        asOfficer(Role.CASEWORKER);

        assertThatThrownBy(() -> imports.importCsv(bytes(HEADER))).isInstanceOf(AccessDeniedException.class);
    }

    private static void asOfficer(Role role) {
        SecurityContextHolder.getContext().setAuthentication(People.officer(role));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
