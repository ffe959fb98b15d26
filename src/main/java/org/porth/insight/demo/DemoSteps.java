package org.porth.insight.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.porth.casework.DemoStep;
import org.porth.casework.DemoStep.Kind;

/**
 * A planned request's life as the steps casework writes (decision 0066), in the order they happened,
 * without those after {@code now}: a case whose ending is still to come is open, in the backlog.
 */
final class DemoSteps {

    private DemoSteps() {
    }

    static List<DemoStep> of(PlannedRequest request, Instant now) {
        PlannedRequest.Life life = request.life();
        Instant sent = request.submittedAt();
        List<DemoStep> steps = new ArrayList<>();
        // the call or visit that brought the request, with the reason staff heard
        request.contact().ifPresent(reason -> steps.add(new DemoStep(sent.plusSeconds(60), Kind.CONTACT, null, reason)));
        Instant ended = life.withdrawnAt().or(() -> life.closed().map(PlannedRequest.Closure::at)).orElse(Instant.MAX);
        life.chasedAt().filter(at -> at.isBefore(ended)).ifPresent(at -> steps.add(DemoStep.of(at, Kind.CHASED)));
        life.withdrawnAt().ifPresent(at -> steps.add(DemoStep.of(at, Kind.WITHDRAWN)));
        life.closed().ifPresent(closed -> {
            // taken a quarter of the way to its ending: always after the contact, before the ending
            Duration working = Duration.between(sent, closed.at());
            steps.add(DemoStep.of(sent.plus(working.dividedBy(4)).plusSeconds(120), Kind.TAKEN));
            steps.add(new DemoStep(closed.at(), Kind.ENDED, closed.outcome(), null));
        });
        life.reopenedAt().ifPresent(at -> steps.add(DemoStep.of(at, Kind.REOPENED)));
        life.closedAgain().ifPresent(closed -> steps.add(new DemoStep(closed.at(), Kind.ENDED, closed.outcome(), null)));
        // a stable sort: a step planned at the same instant as another stays after it
        steps.sort(Comparator.comparing(DemoStep::at));
        return steps.stream().filter(step -> !step.at().isAfter(now)).toList();
    }
}
