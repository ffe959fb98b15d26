package org.porth.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.porth.apply.Applications;
import org.porth.apply.Submissions;
import org.porth.resident.ResidentProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The apply load benchmark ({@link ApplyLoad}) on the embedded default: H2 in a file, with the
 * portal's own settings (those of its application.properties, WRITE_DELAY included), in a folder of
 * its own under target/bench instead of ./data. Run it with {@code ./mvnw -Pbench test
 * -Dtest=ApplyLoadOnH2Bench}; the numbers go in docs/performance.md.
 */
@SpringBootTest
class ApplyLoadOnH2Bench {

    private static String settings;

    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private Applications applications;
    @Autowired
    private Submissions submissions;

    @DynamicPropertySource
    static void thePortalsH2InAFile(DynamicPropertyRegistry registry) throws IOException {
        Properties portal = new Properties();
        try (InputStream file = new ClassPathResource("application.properties").getInputStream()) {
            portal.load(file);
        }
        String folder = Path.of("target", "bench", "h2-" + UUID.randomUUID()).toAbsolutePath().toString();
        String url = portal.getProperty("spring.datasource.url").replace("./data/", folder + "/");
        registry.add("spring.datasource.url", () -> url);
        settings = url.substring(url.indexOf(';') + 1);
    }

    @Test
    void fiftyResidentsFillInAndSubmitAtOnce() throws Exception {
        new ApplyLoad(profiles, applications, submissions)
                .report("H2 in a file (" + settings + ")", Path.of("target", "bench", "apply-load-h2.md"));
    }
}
