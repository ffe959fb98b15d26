package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** In production every log line is one JSON object a log platform can index, with its correlation id as a field. */
class JsonLogsTest {

    @Test
    void aLineInTheProductionFormatIsJsonWithItsCorrelationId() throws IOException {
        Properties prod = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application-prod.properties")) {
            prod.load(in);
        }
        LoggerContext context = new LoggerContext();
        MockEnvironment environment = new MockEnvironment();
        prod.stringPropertyNames().stream().filter(name -> name.startsWith("logging."))
                .forEach(name -> environment.setProperty(name, prod.getProperty(name)));
        context.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(prod.getProperty("logging.structured.format.console"));
        encoder.start();
        Logger logger = context.getLogger("org.porth.casework.internal.CaseOpening");

        String line;
        try (Correlation.Scope ignored = Correlation.open("request-0001")) {
            LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.INFO, "Opened case {}", null,
                    new Object[] {"PTH-1234-5678"});
            event.setMDCPropertyMap(org.slf4j.MDC.getCopyOfContextMap());
            line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        }

        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = JsonMapper.builder().build().readTree(line);
        assertThat(json.get("message").asString()).isEqualTo("Opened case PTH-1234-5678");
        assertThat(json.at("/log/level").asString()).isEqualTo("INFO");
        assertThat(json.get(Correlation.KEY).asString()).isEqualTo("request-0001");
        assertThat(json.at("/service/name").asString()).isEqualTo("porth");
    }
}
