package org.porth.channels.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document the code makes is the one reviewed in {@code docs/api/openapi.json}: a change
 * to the API's contract is always deliberate. It describes {@code /api/**} only, as OpenAPI 3.1, and
 * its page for developers is served.
 */
@SpringBootTest
@Import(ApiSubmissionContract.TightLimit.class)
class OpenApiCopyTest {

    static final Path COPY = Path.of("docs/api/openapi.json");
    /** Set to true to write the code's document over the copy, after reviewing the change. */
    static final String WRITE_COPY = "porth.api.write-openapi-copy";

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private JsonMapper json;

    private MockMvc mvc;

    @BeforeEach
    void noTokenNeeded() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void theCopyInDocsIsTheDocumentTheCodeMakes() throws Exception {
        String served = served().getContentAsString();
        if (Boolean.getBoolean(WRITE_COPY)) {
            Files.createDirectories(COPY.getParent());
            Files.writeString(COPY, json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(served)) + "\n");
        }
        assertThat(Files.exists(COPY)).as(COPY + " is missing: " + HOW_TO_UPDATE).isTrue();
        assertThat(json.readTree(Files.readString(COPY)))
                .as(COPY + " differs from the document the code makes at /api/v1/openapi.json. " + HOW_TO_UPDATE)
                .isEqualTo(json.readTree(served));
    }

    @Test
    void itIsOpenApi31AndDescribesTheApiOnly() throws Exception {
        JsonNode document = json.readTree(served().getContentAsString());
        assertThat(document.get("openapi").asString()).startsWith("3.1");
        List<String> paths = new ArrayList<>(document.get("paths").propertyNames());
        assertThat(paths).contains("/api/v1/requests", "/api/v1/requests/{reference}", "/api/v1/services",
                "/api/v1/services/{code}", "/api/v1/files", "/api/v1/requests/{reference}/messages");
        assertThat(paths).allMatch(path -> path.startsWith("/api/"));
    }

    @Test
    void developersHaveAPageToTryItWithinTheContentSecurityPolicy() throws Exception {
        MockHttpServletResponse docs = mvc.perform(get("/api/v1/docs")).andReturn().getResponse();
        assertThat(docs.getStatus()).isEqualTo(302);
        String page = docs.getRedirectedUrl();
        MockHttpServletResponse html = mvc.perform(get(page)).andReturn().getResponse();
        assertThat(html.getStatus()).as(page).isEqualTo(200);
        assertThat(html.getContentAsString()).contains("swagger-ui");
        assertThat(html.getHeader("Content-Security-Policy")).contains("default-src 'self'");
        MockHttpServletResponse config = mvc.perform(get("/api/v1/openapi.json/swagger-config")).andReturn().getResponse();
        assertThat(config.getContentAsString()).contains("/api/v1/openapi.json");
    }

    private MockHttpServletResponse served() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    private static final String HOW_TO_UPDATE = "If the change to the API is meant, review it, then write the copy with "
            + "./mvnw test -Dtest=OpenApiCopyTest -D" + WRITE_COPY + "=true and commit docs/api/openapi.json.";
}
