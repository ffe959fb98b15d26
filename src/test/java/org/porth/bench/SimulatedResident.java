package org.porth.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.porth.apply.Applications;
import org.porth.apply.PageResult;
import org.porth.apply.Submissions;
import org.porth.apply.SubmitResult;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One resident subscribing to garden waste again and again, as the web form does it: start, a
 * Continue per page (each checks the page and saves the draft), then Submit; pausing between
 * pages as a person reading the next question would.
 */
final class SimulatedResident implements Runnable {

    /** The Red Lion, 7 Stryd Fawr, PT1 1AA, in the seeded gazetteer. */
    private static final String RED_LION = "100100412229";

    private final Somebody person = Somebody.named("Bench");
    private final ResidentProfiles profiles;
    private final Applications applications;
    private final Submissions submissions;
    private final Timings timings;
    private final int forms;
    private final Duration thinkTime;
    private int submitted;

    SimulatedResident(ResidentProfiles profiles, Applications applications, Submissions submissions, Timings timings,
            int forms, Duration thinkTime) {
        this.profiles = profiles;
        this.applications = applications;
        this.submissions = submissions;
        this.timings = timings;
        this.forms = forms;
        this.thinkTime = thinkTime;
    }

    @Override
    public void run() {
        SecurityContextHolder.getContext().setAuthentication(person.asResident());
        profiles.current(); // the record signing in makes (ResidentRecordAtSignIn)
        try {
            for (int form = 0; form < forms; form++) {
                fillInAndSubmit();
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    int submitted() {
        return submitted;
    }

    private void fillInAndSubmit() {
        String draft = timings.time("Start", () -> applications.start("garden-waste")).draftId();
        for (var page : pages().entrySet()) {
            think();
            PageResult result = timings.time("Continue", () ->
                    applications.continueFrom(draft, page.getKey(), Answers.NONE.with(page.getKey(), page.getValue())));
            if (!(result instanceof PageResult.Saved)) {
                throw new IllegalStateException("Page " + page.getKey() + " was not saved: " + result);
            }
        }
        think();
        SubmitResult result = timings.time("Submit", () -> submissions.submit(draft, true, Language.ENGLISH));
        if (!(result instanceof SubmitResult.Submitted)) {
            throw new IllegalStateException("The form was not submitted: " + result);
        }
        submitted++;
    }

    private Map<String, Answer> pages() {
        LocalDate start = LocalDate.now().plusDays(7);
        var pages = new java.util.LinkedHashMap<String, Answer>();
        pages.put("address", new Answer(Map.of("uprn", List.of(RED_LION))));
        pages.put("has-bin", Answer.of("yes"));
        pages.put("bin-count", Answer.of("2"));
        pages.put("start-date", new Answer(Map.of("day", List.of(String.valueOf(start.getDayOfMonth())),
                "month", List.of(String.valueOf(start.getMonthValue())), "year", List.of(String.valueOf(start.getYear())))));
        pages.put("email", Answer.of(person.email));
        return pages;
    }

    /** Between half and one and a half times the think time, so residents do not move in step. */
    private void think() {
        long mean = thinkTime.toMillis();
        if (mean == 0) {
            return;
        }
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(mean / 2, mean * 3 / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while thinking", e);
        }
    }
}
