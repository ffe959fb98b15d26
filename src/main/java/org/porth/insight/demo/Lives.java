package org.porth.insight.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;

import org.porth.casework.ContactReason;
import org.porth.casework.Outcome;
import org.porth.catalogue.Channel;
import org.porth.shared.BusinessCalendar;

/**
 * What happens to a demo request after it is sent: closed after a few working days (now and then
 * later than its service level), chased, withdrawn, reopened when the outcome did not solve the
 * problem, rated on the confirmation page. Failure demand falls over the year, as it would for a
 * council acting on its figures: a story the dashboards can tell.
 */
final class Lives {

    private final BusinessCalendar calendar;

    Lives(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    PlannedRequest.Life draw(SplittableRandom random, String service, Channel channel, Instant sent, double progress) {
        double failure = ChannelMix.share(1.0, 0.7, progress);
        int workingDays = 1 + (int) Math.round(-Math.log(1 - random.nextDouble()) * 5);
        Instant closedAt = working(sent, workingDays);
        Optional<Instant> chased = random.nextDouble() < 0.04 * failure * Math.min(workingDays, 10)
                ? Optional.of(working(sent, Math.max(1, workingDays / 2))) : Optional.empty();
        if (random.nextDouble() < 0.03) {
            return new PlannedRequest.Life(chased, Optional.of(sent.plus(Duration.ofHours(2 + random.nextInt(46)))),
                    Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());
        }
        Optional<Instant> reopened = random.nextDouble() < 0.07 * failure
                ? Optional.of(closedAt.plus(Duration.ofDays(1 + random.nextInt(10)))) : Optional.empty();
        Optional<PlannedRequest.Closure> closedAgain = reopened.map(at ->
                new PlannedRequest.Closure(working(at, 1 + random.nextInt(5)), Outcome.FIXED));
        OptionalInt satisfaction = channel == Channel.WEB && random.nextDouble() < 0.3
                ? OptionalInt.of(score(random, workingDays > 8)) : OptionalInt.empty();
        return new PlannedRequest.Life(chased, Optional.empty(),
                Optional.of(new PlannedRequest.Closure(closedAt, outcome(random, service))), reopened, closedAgain,
                satisfaction);
    }

    /** Staff classify the calls and visits: new needs, and less failure demand as the year goes on. */
    static Optional<ContactReason> contact(SplittableRandom random, Channel channel, double progress) {
        if (channel != Channel.PHONE && channel != Channel.FACE_TO_FACE) {
            return Optional.empty();
        }
        double failure = ChannelMix.share(0.45, 0.30, progress);
        double draw = random.nextDouble();
        if (draw >= failure) {
            return Optional.of(ContactReason.NEW_NEED);
        }
        // chasing is most of it; then not understood, the wrong place and telling us again
        double within = draw / failure;
        return Optional.of(within < 0.45 ? ContactReason.CHASING : within < 0.65 ? ContactReason.NOT_UNDERSTOOD
                : within < 0.85 ? ContactReason.WRONG_PLACE : ContactReason.REPEAT);
    }

    private static int score(SplittableRandom random, boolean slow) {
        double draw = random.nextDouble() + (slow ? 0.25 : 0);
        return draw < 0.45 ? 5 : draw < 0.75 ? 4 : draw < 0.87 ? 3 : draw < 0.95 ? 2 : 1;
    }

    private static Outcome outcome(SplittableRandom random, String service) {
        double draw = random.nextDouble();
        if (draw < 0.06) {
            return Outcome.NO_FAULT_FOUND;
        }
        if (draw < 0.1) {
            return Outcome.NOT_COUNCIL_RESPONSIBILITY;
        }
        return switch (service) {
            case "pothole", "street-light", "housing-repair", "missed-bin" -> Outcome.FIXED;
            case "blue-badge", "school-place", "single-person-discount", "social-care-assessment" ->
                    draw < 0.22 ? Outcome.NOT_ELIGIBLE : Outcome.SERVICE_PROVIDED;
            default -> Outcome.SERVICE_PROVIDED;
        };
    }

    private Instant working(Instant from, int days) {
        try {
            return calendar.addWorkingDays(from, days);
        } catch (IllegalArgumentException beyondTheBankHolidaysFile) {
            // a step after the demo year, which the demo never takes: a week has 5 working days is close enough
            return from.plus(Duration.ofDays(days * 7L / 5));
        }
    }
}
