package org.porth.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.porth.resident.Somebody.signIn;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.database.DatabaseProxy;
import org.porth.database.OnOwnPostgresSchema;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.TransactionException;

/**
 * The connection to PostgreSQL breaks (a restart, a network fault), made with a proxy between the
 * portal and the test PostgreSQL. A Continue or Send while it is broken fails, quickly and with
 * nothing saved half-way (the page says so: {@code DatabaseBreakIT}); once PostgreSQL answers again
 * the next one works: the pool drops every broken connection instead of lending them one by one.
 */
@SpringBootTest
@OnOwnPostgresSchema
class DatabaseBreakOnPostgresTest {

    private static DatabaseProxy proxy;

    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private Applications applications;
    @Autowired
    private Submissions submissions;
    @Autowired
    private DataSource dataSource;

    private Somebody resident;
    private String draft;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws IOException {
        proxy = DatabaseProxy.forSchemaOf(DatabaseBreakOnPostgresTest.class, registry);
    }

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.close();
    }

    @BeforeEach
    void aResidentHalfWayThroughAForm() {
        proxy.restore();
        resident = Somebody.named("Gethin");
        signIn(resident.asResident());
        profiles.current();
        draft = applications.start(GardenWasteForm.SERVICE).draftId();
        GardenWasteForm.answer(applications, draft, "address",
                new Answer(Map.of("uprn", List.of(GardenWasteForm.RED_LION))));
    }

    /** Borrows that many of the pool's connections at once, uses each and gives them back. */
    private void othersUseConnections(int howMany) throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < howMany; i++) {
                held.add(dataSource.getConnection());
                try (Statement query = held.getLast().createStatement()) {
                    query.execute("select 1");
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aContinueWhileTheDatabaseIsUnreachableFailsAndTheFirstOnceItIsBackWorks() {
        proxy.sever();

        assertThatThrownBy(() -> applications.continueFrom(draft, "has-bin",
                Answers.NONE.with("has-bin", Answer.of("yes"))))
                .isInstanceOfAny(DataAccessException.class, TransactionException.class);

        proxy.restore();
        GardenWasteForm.answer(applications, draft, "has-bin", Answer.of("yes"));
        assertThat(applications.open(draft).answers().get("has-bin")).contains(Answer.of("yes"));
    }

    /**
     * Other residents used the pool's connections a moment before the break, so the pool would lend
     * them again unchecked (it checks only those idle for half a second). The first action may meet
     * one and fail; the pool then drops them all, and the next works.
     */
    @Test
    void afterABreakTheNextContinueWorksWhateverTheFirstMet() throws SQLException {
        othersUseConnections(3);
        proxy.sever();
        proxy.restore();

        try {
            applications.continueFrom(draft, "has-bin", Answers.NONE.with("has-bin", Answer.of("yes")));
        } catch (DataAccessException | TransactionException metTheBreak) {
            // its page says so (DatabaseBreakViewOnPostgresTest), and the resident presses Continue again
        }
        GardenWasteForm.answer(applications, draft, "has-bin", Answer.of("yes"));

        assertThat(applications.open(draft).answers().get("has-bin")).contains(Answer.of("yes"));
    }

    @Test
    void aSendBrokenOffBeforeItReachesTheDatabaseSendsNothingAndTheNextSendsOnce() {
        GardenWasteForm.complete(applications, draft, resident.email);
        proxy.severWhenSent("insert into submitted_request", DatabaseProxy.Cut.BEFORE_IT_ARRIVES);

        assertThatThrownBy(() -> submissions.submit(draft, true, Language.ENGLISH))
                .isInstanceOfAny(DataAccessException.class, TransactionException.class);
        proxy.restore();
        assertThat(applications.open(draft).answers().get("email")).as("the draft is still there")
                .contains(Answer.of(resident.email));

        SubmitResult sent = submissions.submit(draft, true, Language.ENGLISH);

        assertThat(sent).isInstanceOf(SubmitResult.Submitted.class);
    }
}
