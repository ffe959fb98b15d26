package org.porth.devices.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.casework.internal.Teams;
import org.porth.devices.AwaabStep;
import org.porth.devices.AwaabStep.Kind;
import org.porth.devices.AwaabSteps;
import org.porth.devices.Device;
import org.porth.devices.DeviceKind;
import org.porth.devices.Devices;
import org.porth.devices.SignalIngest;
import org.porth.devices.SignalIngest.SensorAlert;
import org.porth.devices.internal.SignalDevices;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.identity.SystemTask;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A damp case from the tenant's bedroom sensor, on Awaab's Law's clock: the officer sees the
 * investigation due in 10 working days on the case page and records it done, which puts the written
 * summary, safety work and further work on the case with their own due dates; the tenant sees the same
 * steps on their request page, in English and Welsh.
 */
class AwaabStepsViewTest extends PortalViewTest {

    @Autowired
    private Devices devices;
    @Autowired
    private SignalIngest ingest;
    @Autowired
    private AwaabSteps awaab;
    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private Teams teams;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    private Authentication tenant;
    private Authentication officer;
    private String reference;

    @BeforeEach
    void aDampCaseFromTheTenantsBedroomSensor() {
        Somebody somebody = Somebody.named("Eira");
        tenant = somebody.asResident();
        Somebody.signIn(tenant);
        String residentId = profiles.current().id().toString();
        Device damp = SignalDevices.register(devices, DeviceKind.DAMP, residentId, null);
        SystemTask.DEVICE_SIGNALS.run(() -> ingest.alert(new SensorAlert("humid-1", damp.ref(), "humidity-high", true,
                null, clock.instant().minusSeconds(1), 82.0, "%", 70.0, null, null)));
        reference = jdbc.queryForObject("select case_reference from device_case where device_id = ?", String.class,
                damp.id());
        officer = People.signedIn("Repairs Officer " + somebody.family, null, Role.CASEWORKER);
        Somebody.signIn(officer);
        teams.join("housing-repairs", currentUser.get().orElseThrow().id(), false);
    }

    @Test
    void theOfficerRecordsTheInvestigationAndTheTenantSeesEachStepDueInEnglishAndWelsh() {
        signIn(officer);
        navigate("staff/cases/" + reference, Component.class);
        AwaabStep investigate = awaab.forCase(reference).getFirst();
        assertThat(staffSection()).contains(english("awaab.staff.step.INVESTIGATE"),
                english("awaab.state.due", date(investigate.dueAt(), Language.ENGLISH)))
                .doesNotContain(english("awaab.staff.step.WRITTEN_SUMMARY"));

        test(find(NativeButton.class).withId("awaab-record-investigate").single()).click();

        List<AwaabStep> steps = awaab.forCase(reference);
        assertThat(steps).extracting(AwaabStep::step).containsExactly(Kind.INVESTIGATE, Kind.WRITTEN_SUMMARY,
                Kind.SAFETY_WORK, Kind.FURTHER_WORK);
        assertThat(staffSection()).contains(english("awaab.state.done", date(steps.getFirst().doneAt(), Language.ENGLISH)),
                english("awaab.staff.step.WRITTEN_SUMMARY"), english("awaab.state.due", date(steps.get(1).dueAt(), Language.ENGLISH)),
                english("awaab.staff.step.FURTHER_WORK"), english("awaab.state.due", date(steps.get(3).dueAt(), Language.ENGLISH)));
        assertThat(find(NativeButton.class).withId("awaab-record-investigate").all()).as("done once").isEmpty();
        assertThat(find(NativeButton.class).withId("awaab-record-written-summary").all()).hasSize(1);
        assertThat(find(Div.class).withId("case-timeline").single().getElement().getTextRecursively())
                .contains("Awaab's Law: INVESTIGATE done");

        signIn(tenant);
        navigate("my-requests/" + reference, Component.class);
        assertThat(tenantSection()).contains(english("awaab.tenant.heading"), english("awaab.tenant.step.INVESTIGATE"),
                english("awaab.state.done", date(steps.getFirst().doneAt(), Language.ENGLISH)),
                english("awaab.tenant.step.SAFETY_WORK"), english("awaab.state.due", date(steps.get(2).dueAt(), Language.ENGLISH)));
        assertThat(find(NativeButton.class).withId("awaab-record-written-summary").all()).as("the tenant records nothing").isEmpty();
        chooseLanguage(Language.WELSH);
        assertThat(tenantSection()).contains(welsh("awaab.tenant.heading"), welsh("awaab.tenant.step.WRITTEN_SUMMARY"),
                welsh("awaab.state.due", date(steps.get(1).dueAt(), Language.WELSH)));
    }

    @Test
    void anotherResidentsRequestShowsNoStepsOfThisCase() {
        Somebody.signIn(Somebody.named("Other").asResident());
        profiles.current();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> awaab.forMyRequest(reference)))
                .isInstanceOf(org.porth.casework.NoSuchCaseException.class);
        SecurityContextHolder.clearContext();
    }

    private String date(Instant at, Language language) {
        return DateText.format(at, clock.getZone(), language);
    }

    private String staffSection() {
        return find(Div.class).withId(AwaabCaseSection.ID).single().getElement().getTextRecursively();
    }

    private String tenantSection() {
        return find(Div.class).withId(AwaabRequestSection.ID).single().getElement().getTextRecursively();
    }
}
