package org.porth.shared;

import org.slf4j.MDC;
import org.springframework.core.task.TaskDecorator;

/**
 * Hands the submitting thread's correlation id to the task: an event listener run after a request's
 * transaction logs under the request's id. A task submitted without one (a scheduled job, decorated
 * once when it is scheduled) gets a new id on every run, so each run of a job can be followed alone.
 */
final class CorrelatedTasks implements TaskDecorator {

    @Override
    public Runnable decorate(Runnable task) {
        String submitter = MDC.get(Correlation.KEY);
        return () -> {
            try (Correlation.Scope ignored = Correlation.open(submitter)) {
                task.run();
            }
        };
    }
}
