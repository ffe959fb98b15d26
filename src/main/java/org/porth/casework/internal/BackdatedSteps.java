package org.porth.casework.internal;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.porth.casework.CaseStatus;
import org.porth.casework.DemoStep;
import org.porth.casework.Outcome;
import org.porth.casework.SlaState;
import org.porth.casework.TimelineKind;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Writes a demo case's steps (decision 0066) with their own times: the same changes and timeline
 * entries an officer's or a resident's action makes, dated when the plan says they happened. A case
 * ended after its due date is marked breached at that date, as the watch would have marked it then.
 * No events: the demo ends with insight counting every case again, and nobody is told of the past.
 */
@Component
@Profile("!prod")
public class BackdatedSteps {

    private final EntityManager entities;
    private final CaseFeedbackRepository feedback;

    BackdatedSteps(EntityManager entities, CaseFeedbackRepository feedback) {
        this.entities = entities;
        this.feedback = feedback;
    }

    /** @return the case's reference */
    public String apply(ServiceCase worked, List<DemoStep> steps) {
        for (DemoStep step : steps) {
            apply(worked, step);
        }
        return worked.reference();
    }

    private void apply(ServiceCase worked, DemoStep step) {
        switch (step.kind()) {
            case TAKEN -> {
                worked.moveTo(CaseStatus.IN_PROGRESS, step.at());
                statusChanged(worked, step);
            }
            case CHASED -> entry(worked, step, TimelineKind.RESIDENT_MESSAGE, true, null, null,
                    "Is there any news on this, please?");
            case CONTACT -> entry(worked, step, TimelineKind.CONTACT, false, null, step.reason().name(), null);
            case WITHDRAWN -> end(worked, step, Outcome.WITHDRAWN_BY_RESIDENT, "I no longer need this.");
            case ENDED -> {
                if (step.at().isAfter(worked.dueAt()) && worked.slaState() != SlaState.BREACHED) {
                    worked.breachedInThePast();
                    write(new TimelineEntry(worked.id(), worked.dueAt(), TimelineKind.BREACHED, false, null,
                            worked.dueAt().toString(), null));
                }
                end(worked, step, step.outcome(), "We have dealt with your request.");
            }
            case REOPENED -> {
                feedback.save(new CaseFeedback(worked, false, "The problem is still there.", step.at(), true));
                entry(worked, step, TimelineKind.FEEDBACK, true, null, "NOT_SOLVED", "The problem is still there.");
                worked.reopenForResident(step.at());
                entry(worked, step, TimelineKind.REOPENED, true, null, null, null);
                statusChanged(worked, step);
            }
        }
    }

    private void end(ServiceCase worked, DemoStep step, Outcome outcome, String summary) {
        worked.end(outcome, summary, step.at());
        statusChanged(worked, step);
        entry(worked, step, TimelineKind.OUTCOME, true, null, outcome.name(), summary);
    }

    private void statusChanged(ServiceCase worked, DemoStep step) {
        entry(worked, step, TimelineKind.STATUS_CHANGED, true, null, worked.status().name(), null);
    }

    private void entry(ServiceCase worked, DemoStep step, TimelineKind kind, boolean visible, String actor,
            String subject, String detail) {
        write(new TimelineEntry(worked.id(), step.at(), kind, visible, actor, subject, detail));
    }

    private void write(TimelineEntry entry) {
        entities.persist(entry);
    }
}
