package org.porth.devices.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.devices.AlertIntake;
import org.porth.devices.AlertTaken;
import org.porth.devices.Device;
import org.porth.devices.DeviceKind;
import org.porth.devices.Devices;
import org.porth.devices.RecordedBasis;
import org.porth.devices.RecordedBasis.Basis;
import org.porth.devices.SignalIngest.SensorAlert;
import org.porth.devices.internal.SignalDevices;
import org.porth.devices.registry.DeviceBases;
import org.porth.devices.registry.DeviceBases.ReviewIn;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.identity.Role;
import org.porth.identity.SystemTask;
import org.porth.shell.ErrorSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A wearable whose wearer withdrew consent: its falls alert is kept and on its page, with no case; the
 * officer's basis without a justification is refused next to the field and in the summary, keeping
 * the choice; without a review period likewise; with both, the basis and its review date are on the
 * page, the next alert opens a case, and a supervisor sees them on their start page, where another
 * supervisor (not the one who recorded it) signs it off. A withdrawn basis opens nothing again.
 */
class DeviceBasisViewTest extends PortalViewTest {

    private static final String WHY = "Three falls this week and she lives alone; lacks capacity to decide " + UUID.randomUUID();

    @Autowired
    private Devices devices;
    @Autowired
    private AlertIntake intake;
    @Autowired
    private DeviceBases bases;
    @Autowired
    private Clock clock;

    @Test
    void withoutConsentTheAlertIsKeptAndARecordedBasisOpensTheNextCase() {
        Device wearable = SignalDevices.register(devices, DeviceKind.WEARABLE, UUID.randomUUID().toString(), "consent-9");
        signIn(People.officer(Role.CASEWORKER));
        devices.withdrawConsent(wearable.residentId(), wearable.id());
        assertThat(falls(wearable, "f-1").caseReference()).isNull();

        navigate(DevicesView.PATH + "/" + wearable.id(), Component.class);
        assertThat(text(find(Section.class).withId("device-basis").single())).contains(english("registry.basis.none"));
        assertThat(text(find(Section.class).withId("device-alerts").single())).contains(english("registry.condition.falls-repeated"));
        assertThat(text(find(Section.class).withId("device-case-section").single())).contains(english("registry.case.none"));

        basis().setValue(Basis.VITAL_INTERESTS);
        test(find(NativeButton.class).withId("record-basis").single()).click();
        assertThat(justification().isInvalid()).isTrue();
        assertThat(justification().getErrorMessage()).isEqualTo(english("registry.basis.problem.justification"));
        assertThat(find(Anchor.class).from(find(ErrorSummary.class).single()).all()).extracting(Anchor::getText)
                .containsExactly(english("registry.basis.problem.justification"));
        assertThat(basis().getValue()).as("the choice stays").isEqualTo(Basis.VITAL_INTERESTS);

        justification().setValue(WHY);
        test(find(NativeButton.class).withId("record-basis").single()).click();
        assertThat(review().isInvalid()).isTrue();
        assertThat(review().getErrorMessage()).isEqualTo(english("basis.problem.review"));
        assertThat(justification().getValue()).as("the justification stays").isEqualTo(WHY);

        review().setValue(ReviewIn.SIX_MONTHS);
        test(find(NativeButton.class).withId("record-basis").single()).click();
        assertThat(find(Section.class).withId(BasisSection.ID).all()).isEmpty();
        String reviewBy = DateText.format(today().plusMonths(6), Language.ENGLISH);
        assertThat(text(find(Section.class).withId(BasisSection.IN_FORCE_ID).single()))
                .contains(english("registry.basis.VITAL_INTERESTS"), WHY, english("basis.review-by", reviewBy),
                        english("basis.not-signed-off"), english("basis.audit.RECORDED"));
        assertThat(falls(wearable, "f-2").caseReference()).as("the next alert opens the review case").isNotNull();

        signIn(People.officer(Role.SUPERVISOR));
        navigate("staff", Component.class);
        assertThat(text(onBasis())).contains(english("registry.basis.supervisor.heading"), english("registry.basis.VITAL_INTERESTS"),
                WHY, english("basis.review-by", reviewBy), english("basis.own"));
        assertThat(find(NativeButton.class).withId("sign-off-" + wearable.id()).all()).as("not their own").isEmpty();

        signIn(People.signedIn("Second Supervisor", null, Role.SUPERVISOR));
        navigate("staff", Component.class);
        test(find(NativeButton.class).withId("sign-off-" + wearable.id()).single()).click();
        RecordedBasis signed = bases.onRecordedBasis().stream().filter(device -> device.id().equals(wearable.id())).findFirst()
                .orElseThrow().lawfulBasis();
        assertThat(signed.signedOffBy()).isNotEqualTo(signed.recordedBy());
        assertThat(text(onBasis())).contains(english("basis.signed-off", signed.signedOffBy(),
                DateText.format(signed.signedOffAt(), clock.getZone(), Language.ENGLISH)));
        assertThat(find(NativeButton.class).withId("sign-off-" + wearable.id()).all()).as("signed off once").isEmpty();
    }

    @Test
    void anOfficerWithdrawsTheBasisAndTheDevicesAlertsOpenNothingAgainInEnglishAndWelsh() {
        Device hub = SignalDevices.register(devices, DeviceKind.TELECARE_HUB, UUID.randomUUID().toString(), "consent-11");
        signIn(People.officer(Role.CASEWORKER));
        devices.withdrawConsent(hub.residentId(), hub.id());
        bases.record(hub.id(), Basis.SAFEGUARDING, WHY, ReviewIn.ONE_MONTH);
        navigate(DevicesView.PATH + "/" + hub.id(), Component.class);
        test(find(NativeButton.class).withId("withdraw-basis").single()).click();

        assertThat(text(find(Section.class).withId(BasisSection.ID).single())).contains(english("registry.basis.heading"),
                english("basis.audit.WITHDRAWN"), english("basis.audit.RECORDED"));
        assertThat(find(RadioButtonGroup.class).withId(DeviceBases.BASIS_FIELD).all()).as("a basis may be recorded again").hasSize(1);
        assertThat(falls(hub, "h-1").caseReference()).isNull();
        chooseLanguage(Language.WELSH);
        assertThat(text(find(Section.class).withId(BasisSection.ID).single())).contains(welsh("registry.basis.heading"),
                welsh("basis.audit.heading"), welsh("basis.audit.WITHDRAWN"));
    }

    @Test
    void anAdministratorSeesTheDeviceHasNoBasisButCannotRecordOne() {
        Device hub = SignalDevices.register(devices, DeviceKind.TELECARE_HUB, UUID.randomUUID().toString(), "consent-10");
        signIn(People.officer(Role.ADMIN));
        devices.withdrawConsent(hub.residentId(), hub.id());
        navigate(DevicesView.PATH + "/" + hub.id(), Component.class);
        assertThat(find(Section.class).withId("device-basis").all()).hasSize(1);
        assertThat(find(NativeButton.class).withId("record-basis").all()).isEmpty();
        assertThatThrownBy(() -> bases.record(hub.id(), Basis.PUBLIC_TASK, "Annual review", ReviewIn.TWELVE_MONTHS))
                .isInstanceOf(AccessDeniedException.class);
    }

    private AlertTaken falls(Device wearable, String id) {
        return SystemTask.DEVICE_SIGNALS.run(() -> intake.take(new SensorAlert(id, wearable.ref(), "falls-repeated", true,
                null, clock.instant().minusSeconds(1), 3.0, null, null, null, null)));
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Basis> basis() {
        return find(RadioButtonGroup.class).withId(DeviceBases.BASIS_FIELD).single();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<ReviewIn> review() {
        return find(RadioButtonGroup.class).withId(DeviceBases.REVIEW_FIELD).single();
    }

    private Div onBasis() {
        return find(Div.class).withId(DevicesOnBasisSection.ID).single();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    private TextArea justification() {
        return find(TextArea.class).withId(DeviceBases.JUSTIFICATION_FIELD).single();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
