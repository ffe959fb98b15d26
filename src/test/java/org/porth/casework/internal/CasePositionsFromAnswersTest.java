package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.porth.apply.RequestSubmitted;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.shared.Reference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Migration 90 finds the point of cases opened before positions were kept, from their location answers. */
@SpringBootTest
class CasePositionsFromAnswersTest {

    @Autowired
    private CaseOpening opening;
    @Autowired
    private Catalogue catalogue;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private CasePositionsFromAnswers migration;

    @Test
    void aCaseOpenedBeforePositionsWereKeptGetsItsLocationAnswersPoint() throws Exception {
        String located = open(Answers.NONE.with("location", new Answer(Map.of("latitude", List.of("51.6001"),
                "longitude", List.of("-3.8952")))).with("surface", Answer.of("road")));
        String nowhere = open(Answers.NONE.with("surface", Answer.of("road")));
        jdbc.update("delete from case_position where case_id = ?", located);

        try (Connection connection = dataSource.getConnection()) {
            migration.migrate(context(connection));
        }

        assertThat(jdbc.queryForObject("select latitude from case_position where case_id = ?", Double.class, located))
                .isEqualTo(51.6001);
        assertThat(jdbc.queryForObject("select longitude from case_position where case_id = ?", Double.class, located))
                .isEqualTo(-3.8952);
        assertThat(jdbc.queryForObject("select count(*) from case_position where case_id = ?", Integer.class, nowhere))
                .as("no location answered").isZero();
    }

    private String open(Answers answers) {
        Reference reference = Reference.random();
        opening.open(new RequestSubmitted(UUID.randomUUID().toString(), reference, "pothole",
                catalogue.current("pothole").orElseThrow().version(), UUID.randomUUID().toString(), Channel.WEB, null,
                Instant.now(), answers));
        return jdbc.queryForObject("select id from service_case where reference = ?", String.class, reference.value());
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
