package org.porth.devices.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.porth.apply.CompleteRequests;
import org.porth.apply.CompleteRequests.SentRequest;
import org.porth.apply.RequestSubmitted.ApiClient;
import org.porth.casework.CaseReceipts;
import org.porth.casework.SignalCaseEntries;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;
import org.porth.devices.Device;
import org.porth.devices.SignalCaseOpened;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.forms.CheckedAnswers;
import org.porth.forms.FormCheck;
import org.porth.identity.SystemTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One open case per device and condition (decision 0040). Every signal for a device takes the
 * device's row lock first, so concurrent alerts (on any node) queue up: the first opens the case
 * through the API's intake path (a complete request from the device as its client, routed and
 * clocked by its service like any other), the rest add timeline entries to it. A case that has
 * closed lets the next signal open a new one; clearing never closes a case.
 */
@Component
class DeviceCases {

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final FormCheck formCheck;
    private final CompleteRequests requests;
    private final CaseReceipts receipts;
    private final SignalCaseEntries entries;
    private final ApplicationEventPublisher events;
    private final AwaabClock awaab;
    private final ResidentNotices notices;
    private final Clock clock;

    DeviceCases(JdbcClient jdbc, Catalogue catalogue, FormCheck formCheck, CompleteRequests requests,
            CaseReceipts receipts, SignalCaseEntries entries, ApplicationEventPublisher events, AwaabClock awaab,
            ResidentNotices notices, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.formCheck = formCheck;
        this.requests = requests;
        this.receipts = receipts;
        this.entries = entries;
        this.events = events;
        this.awaab = awaab;
        this.notices = notices;
        this.clock = clock;
    }

    /** What a signal says, for the case and its timeline. */
    record Signal(String condition, String severity, String reading, String text) {
    }

    /** Holds the device's lock until the caller's transaction ends: every signal of one device, one at a time. */
    void lock(Device device) {
        jdbc.sql("select id from device where id = ? for update").param(device.id()).query(String.class).single();
    }

    /**
     * The device's open case for the condition, with the signal on its timeline; or a new case. Needs
     * {@link #lock}. Casework is called as the device signals' task, whoever sent the signal: an API
     * client may send alerts without being allowed to send requests.
     */
    String raise(Device device, SignalRule rule, Signal signal) {
        return SystemTask.DEVICE_SIGNALS.run(() -> raiseAsTask(device, rule, signal));
    }

    private String raiseAsTask(Device device, SignalRule rule, Signal signal) {
        Optional<String> current = current(device, rule.condition());
        if (current.isPresent() && entries.addIfOpen(current.get(), signal.text())) {
            return current.get();
        }
        String reference = open(device, rule, signal);
        if (current.isPresent()) {
            jdbc.sql("update device_case set case_reference = ?, opened_at = ? where device_id = ? and condition_name = ?")
                    .params(reference, SignalStore.at(clock.instant()), device.id(), rule.condition()).update();
        } else {
            jdbc.sql("insert into device_case (device_id, condition_name, case_reference, opened_at) values (?, ?, ?, ?)")
                    .params(device.id(), rule.condition(), reference, SignalStore.at(clock.instant())).update();
        }
        if (rule.clock() == SignalRule.Clock.AWAAB) {
            awaab.start(reference, signal.severity());
        }
        notices.tell(device, rule.condition(), reference);
        events.publishEvent(new SignalCaseOpened(reference, device.id(), rule.condition(), rule.clock().name(),
                signal.severity(), device.residentId(), device.kind()));
        return reference;
    }

    /** Adds the signal to the open case, if the device has one for the condition; never opens or closes one. */
    Optional<String> note(Device device, String condition, String text) {
        return current(device, condition)
                .filter(reference -> SystemTask.DEVICE_SIGNALS.run(() -> entries.addIfOpen(reference, text)));
    }

    Optional<String> openCase(String deviceId) {
        return jdbc.sql("select case_reference from device_case where device_id = ? order by opened_at desc")
                .param(deviceId).query(String.class).list().stream().findFirst();
    }

    private Optional<String> current(Device device, String condition) {
        return jdbc.sql("select case_reference from device_case where device_id = ? and condition_name = ?")
                .params(device.id(), condition).query(String.class).optional();
    }

    private String open(Device device, SignalRule rule, Signal signal) {
        ServiceDefinition service = catalogue.current(rule.service()).orElseThrow();
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("condition", Answer.of(signal.condition()));
        answers.put("device", Answer.of(device.ref().source() + " " + device.ref().deviceId()));
        answers.put("severity", Answer.of(signal.severity()));
        if (signal.reading() != null) {
            answers.put("reading", Answer.of(signal.reading()));
        }
        location(device).ifPresent(location -> answers.put("location", location));
        CheckedAnswers checked = formCheck.check(service, new Answers(answers), null);
        if (!checked.complete()) {
            throw new IllegalStateException("Service " + service.id() + " refuses a device's answers: " + checked.problems());
        }
        SentRequest sent = requests.submit(service, Channel.DEVICE, checked, caseResident(device), null,
                new ApiClient("device:" + device.ref().source(), device.ref().source() + " " + device.ref().deviceId()));
        receipts.open(sent);
        return sent.reference().value();
    }

    private static Optional<Answer> location(Device device) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (device.uprn() != null) {
            fields.put("uprn", List.of(device.uprn()));
        }
        if (device.point() != null) {
            fields.put("latitude", List.of(Double.toString(device.point().latitude())));
            fields.put("longitude", List.of(Double.toString(device.point().longitude())));
        }
        return fields.isEmpty() ? Optional.empty() : Optional.of(new Answer(fields));
    }

    /**
     * Whose request the case is: the resident the device is registered to (the tenant of a damp
     * flat, the wearer), else an id of the device's own (a bin, a gully) that no resident holds.
     */
    static String caseResident(Device device) {
        return device.residentId() != null ? device.residentId()
                : UUID.nameUUIDFromBytes(("device:" + device.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString();
    }
}
