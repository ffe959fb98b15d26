package org.porth.apply;

import java.util.Optional;

import org.porth.apply.internal.RequestStore;
import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;
import org.porth.forms.Answers;
import org.porth.forms.CheckedAnswers;
import org.porth.forms.FormCheck;
import org.porth.resident.NewResident;
import org.porth.resident.ReporterRecords;
import org.porth.shared.Reference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A whole request sent by another system (an Open311 app): checked by exactly the form engine's
 * checks ({@link FormCheck}), then submitted the way the web submits a draft, so it becomes a case
 * in the same queue with the same clock. Nothing is stored unless every answer is right.
 */
@Service
public class ChannelSubmissions {

    private final FormCheck check;
    private final ReporterRecords reporters;
    private final RequestStore store;

    ChannelSubmissions(FormCheck check, ReporterRecords reporters, RequestStore store) {
        this.check = check;
        this.reporters = reporters;
        this.store = store;
    }

    /**
     * @param recordedBy the client, as the reporter's record notes it
     * @return the reference when submitted; the checked answers, whose problems say what to put right
     */
    @PreAuthorize("hasAuthority('SCOPE_open311')")
    public Submission submit(ServiceDefinition service, Answers answers, NewResident reporter, String recordedBy) {
        CheckedAnswers checked = check.check(service, answers, null);
        if (!checked.complete()) {
            return new Submission(Optional.empty(), checked);
        }
        String resident = reporters.record(reporter, recordedBy).toString();
        Reference reference = store.submit(resident, checked.answers(), service, Channel.API).reference();
        return new Submission(Optional.of(reference), checked);
    }

    /** @param reference empty when the answers had problems */
    public record Submission(Optional<Reference> reference, CheckedAnswers checked) {
    }
}
