package org.porth.notify.internal;

import java.time.Clock;
import java.util.function.Function;

import org.porth.apply.RequestSubmitted;
import org.porth.casework.CaseAtRisk;
import org.porth.casework.CaseBreached;
import org.porth.casework.CaseDueDateMoved;
import org.porth.casework.CaseResolved;
import org.porth.casework.CaseStatusChanged;
import org.porth.casework.CouncilMessageSent;
import org.porth.casework.InformationRequested;
import org.porth.identity.SystemTask;
import org.porth.notify.NotificationKind;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shared.Translations;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Which events notify whom. The events come through Spring Modulith's event publication registry,
 * stored in the transaction of the change that caused them, so each reaches the outbox even when
 * the process stops right after that change commits; an event delivered again writes nothing new
 * (each row's key is its cause). With no one signed in, they read contacts as {@link SystemTask#NOTIFY}.
 */
@Component
class NotificationListeners {

    private static final String[] NO_DETAIL = {};

    private final ResidentNotifier residents;
    private final SupervisorNotifier supervisors;
    private final Clock clock;

    NotificationListeners(ResidentNotifier residents, SupervisorNotifier supervisors, Clock clock) {
        this.residents = residents;
        this.supervisors = supervisors;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(RequestSubmitted submitted) {
        String reference = submitted.reference().value();
        tell(submitted.residentId(), NotificationKind.RECEIVED, reference, "received:" + reference,
                language -> NO_DETAIL);
    }

    @ApplicationModuleListener
    void on(InformationRequested requested) {
        tell(requested.residentId(), NotificationKind.MORE_INFORMATION, requested.reference(),
                "more-information:" + requested.reference() + ":" + requested.at(), language -> NO_DETAIL);
    }

    @ApplicationModuleListener
    void on(CaseStatusChanged changed) {
        tell(changed.residentId(), NotificationKind.STATUS_CHANGED, changed.reference(),
                "status:" + changed.reference() + ":" + changed.status() + ":" + changed.at(),
                language -> new String[] {Translations.get(language, "notify.status." + changed.status().name())});
    }

    @ApplicationModuleListener
    void on(CouncilMessageSent sent) {
        tell(sent.residentId(), NotificationKind.MESSAGE, sent.caseReference(),
                "message:" + sent.caseReference() + ":" + sent.sentAt(), language -> NO_DETAIL);
    }

    @ApplicationModuleListener
    void on(CaseDueDateMoved moved) {
        tell(moved.residentId(), NotificationKind.DUE_DATE_MOVED, moved.reference(),
                "due:" + moved.reference() + ":" + moved.at(),
                language -> new String[] {DateText.format(moved.dueAt(), clock.getZone(), language)});
    }

    @ApplicationModuleListener
    void on(CaseResolved resolved) {
        tell(resolved.residentId(), NotificationKind.RESOLVED, resolved.reference(),
                "resolved:" + resolved.reference() + ":" + resolved.at(), language -> new String[] {resolved.summary()});
    }

    @ApplicationModuleListener
    void on(CaseAtRisk atRisk) {
        SystemTask.NOTIFY.run(() -> {
            supervisors.tell(NotificationKind.CASE_AT_RISK, atRisk.reference(), atRisk.queueId(), atRisk.dueAt());
            return null;
        });
    }

    @ApplicationModuleListener
    void on(CaseBreached breached) {
        SystemTask.NOTIFY.run(() -> {
            supervisors.tell(NotificationKind.CASE_BREACHED, breached.reference(), breached.queueId(),
                    breached.dueAt());
            return null;
        });
    }

    private void tell(String residentId, NotificationKind kind, String reference, String cause,
            Function<Language, String[]> details) {
        SystemTask.NOTIFY.run(() -> {
            residents.tell(residentId, kind, reference, cause, details);
            return null;
        });
    }
}
