package org.porth.bench;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.porth.apply.Applications;
import org.porth.apply.Submissions;
import org.porth.database.OnOwnPostgresSchema;
import org.porth.resident.ResidentProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The apply load benchmark ({@link ApplyLoad}) on PostgreSQL: the median and 99th percentile server
 * time of a Continue (check the page, save the draft) and of a Submit. Not part of the test suite:
 * run it with {@code ./mvnw -Pbench test}; the numbers go in docs/performance.md.
 */
@SpringBootTest
@OnOwnPostgresSchema
class ApplyLoadBench {

    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private Applications applications;
    @Autowired
    private Submissions submissions;

    @Test
    void fiftyResidentsFillInAndSubmitAtOnce() throws Exception {
        new ApplyLoad(profiles, applications, submissions)
                .report("PostgreSQL", Path.of("target", "bench", "apply-load.md"));
    }
}
