package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.porth.resident.Somebody.signIn;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.apply.Applications;
import org.porth.apply.GardenWasteForm;
import org.porth.apply.Submissions;
import org.porth.apply.SubmitResult;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the operations metrics count when a resident sends a request (docs/operations.md, metrics). */
@SpringBootTest
class CaseMetricsTest {

    @Autowired
    private Applications applications;
    @Autowired
    private Submissions submissions;
    @Autowired
    private ServiceCaseRepository cases;
    @Autowired
    private MeterRegistry meters;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSentRequestCountsOnceAsSubmittedOnTheWebAndOnceAsACaseOpened() {
        double submittedBefore = count("porth.requests.submitted", "web");
        double openedBefore = count(CaseMetrics.OPENED, null);
        Somebody resident = Somebody.named("Meic");
        signIn(resident.asResident());
        String draft = applications.start(GardenWasteForm.SERVICE).draftId();
        GardenWasteForm.complete(applications, draft, resident.email);

        SubmitResult.Submitted sent = (SubmitResult.Submitted) submissions.submit(draft, true, Language.ENGLISH);

        await().until(() -> cases.findByReference(sent.reference().value()).isPresent());
        assertThat(count("porth.requests.submitted", "web")).isEqualTo(submittedBefore + 1);
        await().untilAsserted(() -> assertThat(count(CaseMetrics.OPENED, null)).isGreaterThanOrEqualTo(openedBefore + 1));
    }

    private double count(String name, String channel) {
        var search = meters.find(name);
        if (channel != null) {
            search = search.tags("channel", channel, "service", GardenWasteForm.SERVICE);
        }
        Counter counter = search.counter();
        return counter == null ? 0 : counter.count();
    }
}
