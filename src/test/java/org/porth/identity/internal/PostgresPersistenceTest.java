package org.porth.identity.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The migrations and the repository on PostgreSQL, in a schema of this run's own that is dropped
 * afterwards, so runs never meet each other's data or anyone else's.
 * <p>
 * The database is {@code jdbc:postgresql://127.0.0.1:5432/test} as user {@code postgres}, unless the
 * system property or environment variable {@code porth.test.postgres.url} /
 * {@code PORTH_TEST_POSTGRES_URL} (and {@code ...user}, {@code ...password}) says otherwise. When
 * PostgreSQL does not answer, these tests are skipped, saying so; with {@code CI=true} they fail.
 */
@ExtendWith(PostgresPersistenceTest.WhenPostgresqlAnswers.class)
class PostgresPersistenceTest extends PersistenceContract {

    private static final String URL = setting("url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = setting("user", "postgres");
    private static final String PASSWORD = setting("password", "");
    private static final String SCHEMA = "porth_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    private static boolean answered;
    private static Optional<String> connectionProblem;

    /** On CI the condition lets the tests run even when PostgreSQL is down: then they must fail, here. */
    @BeforeAll
    static void postgresqlAnswers() {
        connectionProblem().ifPresent(problem -> fail(problem + ". On CI (CI=true) the PostgreSQL tests are required."));
        answered = true;
    }

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (answered) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + SCHEMA + " cascade");
            }
        }
    }

    /** Why PostgreSQL cannot be used, if it cannot; asked once per run. */
    private static synchronized Optional<String> connectionProblem() {
        if (connectionProblem == null) {
            try (Connection connection = connect()) {
                connectionProblem = connection.isValid(5) ? Optional.empty()
                        : Optional.of("PostgreSQL at " + URL + " gave an invalid connection");
            } catch (SQLException e) {
                connectionProblem = Optional.of("PostgreSQL did not answer at " + URL + " (" + e.getMessage() + ")");
            }
        }
        return connectionProblem;
    }

    /** Skips the tests, saying why, when PostgreSQL does not answer, except on CI where they are required. */
    static final class WhenPostgresqlAnswers implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                return ConditionEvaluationResult.enabled("CI=true: the PostgreSQL tests are required");
            }
            Optional<String> problem = connectionProblem();
            if (problem.isEmpty()) {
                return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
            }
            String reason = problem.get() + ": skipping the PostgreSQL tests. Start PostgreSQL or point"
                    + " PORTH_TEST_POSTGRES_URL at one; with CI=true they are required.";
            if (context.getTestMethod().isEmpty()) {
                System.err.println(context.getDisplayName() + ": " + reason); // once, where the build log shows it
            }
            return ConditionEvaluationResult.disabled(reason);
        }
    }

    private static Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("loginTimeout", "5");
        return DriverManager.getConnection(URL, properties);
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty("porth.test.postgres." + name);
        if (value == null) {
            value = System.getenv("PORTH_TEST_POSTGRES_" + name.toUpperCase());
        }
        return value == null ? fallback : value;
    }
}
