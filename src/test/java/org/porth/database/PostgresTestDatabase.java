package org.porth.database;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * PostgreSQL for data tests, each test class in a schema of its own that is dropped afterwards, so
 * runs never meet each other's data or anyone else's.
 * <p>
 * The database is {@code jdbc:postgresql://127.0.0.1:5432/test} as user {@code postgres}, unless the
 * system property or environment variable {@code porth.test.postgres.url} /
 * {@code PORTH_TEST_POSTGRES_URL} (and {@code ...user}, {@code ...password}) says otherwise. When
 * PostgreSQL does not answer, the tests are skipped, saying so; with {@code CI=true} they fail.
 * Use: {@link OnOwnPostgresSchema} on the test class.
 */
public final class PostgresTestDatabase {

    private static final String URL = setting("url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = setting("user", "postgres");
    private static final String PASSWORD = setting("password", "");

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static Optional<String> connectionProblem;

    private PostgresTestDatabase() {
    }

    /** The test PostgreSQL's JDBC address, without a schema. */
    public static String url() {
        return URL;
    }

    /** This run's schema for the test class: the same name each time it is asked, and no other run's. */
    public static String schemaFor(Class<?> testClass) {
        return "porth_it_" + RUN + "_" + Integer.toHexString(testClass.getName().hashCode());
    }

    /** On CI the condition lets the tests run even when PostgreSQL is down: then they must fail, here. */
    static void failOnCiIfDown() {
        connectionProblem().ifPresent(problem -> fail(problem + ". On CI (CI=true) the PostgreSQL tests are required."));
    }

    /** The settings that put the portal, and Flyway, in the schema. */
    public static Map<String, Object> schemaProperties(String schema) {
        return Map.of(
                "spring.datasource.url", inSchema(schema),
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD,
                "spring.flyway.schemas", schema,
                "spring.flyway.default-schema", schema,
                "spring.flyway.create-schemas", "true");
    }

    /** Where a portal run as a process of its own keeps its data: the class's schema, made here. */
    public record Schema(String url, String user, String password) {
    }

    public static Schema createSchemaFor(Class<?> testClass) throws SQLException {
        String schema = schemaFor(testClass);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create schema if not exists " + schema);
        }
        return new Schema(inSchema(schema), USER, PASSWORD);
    }

    private static String inSchema(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static void dropSchema(String schema) throws SQLException {
        if (connectionProblem().isEmpty()) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
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
    public static final class WhenItAnswers implements ExecutionCondition {

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
