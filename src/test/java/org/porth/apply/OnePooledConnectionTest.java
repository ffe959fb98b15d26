package org.porth.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.resident.Somebody.signIn;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.database.ConnectionsPerThread;
import org.porth.resident.ProfileChange;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A signed-in resident's requests never hold two database connections at once. Under load,
 * requests that each hold a connection and ask the pool for another can take every connection
 * and wait for ever (the apply benchmark found one: the resident's record read in a transaction
 * of its own).
 */
@SpringBootTest
class OnePooledConnectionTest {

    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private Applications applications;
    @Autowired
    private Submissions submissions;

    @TestConfiguration(proxyBeanMethods = false)
    static class CountConnections {
        @Bean
        static BeanPostProcessor connectionsPerThread() {
            return ConnectionsPerThread.wrapper();
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSignedInResidentFillsInSubmitsAndUpdatesTheirAccountWithOneConnectionAtATime() {
        Somebody resident = Somebody.named("Nia");
        signIn(resident.asResident());
        profiles.current(); // made at sign-in
        ConnectionsPerThread.reset();

        String draft = applications.start(GardenWasteForm.SERVICE).draftId();
        GardenWasteForm.complete(applications, draft, resident.email);
        assertThat(submissions.check(draft, Language.ENGLISH)).isInstanceOf(CheckYourAnswers.Ready.class);
        assertThat(submissions.submit(draft, true, Language.ENGLISH)).isInstanceOf(SubmitResult.Submitted.class);
        profiles.update(ProfileChange.NONE.withPhone("07700 900 983"));

        assertThat(ConnectionsPerThread.mostHeldAtOnce()).isEqualTo(1);
    }
}
