package org.porth.channels.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.catalogue.Catalogue;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.forms.FieldError;
import org.porth.forms.FormCheck;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every way a call goes wrong answers with an RFC 9457 problem in the caller's language, never a stack
 * trace; every scope is refused where it is missing; the catalogue and a service's questions as data.
 */
@SpringBootTest
@Import(ApiSubmissionContract.TightLimit.class)
class ApiErrorsTest {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private JsonMapper json;
    @Autowired
    private FormCheck formCheck;
    @Autowired
    private Catalogue catalogue;

    private MockMvc mvc;
    private String client;

    @BeforeEach
    void aClientOfItsOwn() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        client = "app-" + UUID.randomUUID();
    }

    @Test
    void theServicesOfferedThroughTheApiInEnglishAndWelshAndOnesQuestionsAsData() throws Exception {
        JsonNode services = body(call(get("/api/v1/services"), token("requests:read")));
        List<String> codes = new ArrayList<>();
        services.forEach(service -> codes.add(service.get("code").asString()));
        assertThat(codes).contains("pothole", "street-light", "missed-bin").doesNotContain("blue-badge");
        JsonNode pothole = services.get(codes.indexOf("pothole"));
        assertThat(pothole.get("name").get("cy").asString()).isEqualTo("Rhoi gwybod am dwll yn y ffordd");
        assertThat(pothole.get("anonymous").asBoolean()).isTrue();
        assertThat(pothole.get("bookable").asBoolean()).isFalse();

        JsonNode form = body(call(get("/api/v1/services/pothole"), token("requests:write")));
        Map<String, JsonNode> questions = new java.util.HashMap<>();
        form.get("pages").forEach(page -> page.get("questions").forEach(q -> questions.put(q.get("id").asString(), q)));
        assertThat(questions.get("surface").get("type").asString()).isEqualTo("single-choice");
        assertThat(questions.get("surface").get("required").asBoolean()).isTrue();
        assertThat(questions.get("surface").get("choices").get(2).get("value").asString()).isEqualTo("cycle-path");
        assertThat(questions.get("details").get("limits").get("maxLength").asInt()).isEqualTo(500);
        assertThat(questions.get("photos").get("limits").get("maxFiles").asInt()).isEqualTo(3);
        assertThat(questions.get("location").get("fields").toString()).contains("usrn", "description");
    }

    @Test
    void answersToPutRightGetTheFormEnginesMessagesOnePerFieldInWelsh() throws Exception {
        MockHttpServletResponse refused = call(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "cy").content("""
                        {"service": "pothole",
                         "answers": {"location": {"usrn": "32710042", "description": "by the bus stop"},
                                     "size": "huge", "danger": "no", "email": "not an email"},
                         "contact": {"name": "Ann Jones", "email": "ann@example.org"}}"""), token("requests:write"));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentType()).isEqualTo(PROBLEM);
        assertThat(refused.getHeader("Content-Language")).isEqualTo("cy");
        JsonNode problem = body(refused);
        assertThat(problem.get("type").asString()).isEqualTo("/api/v1/problems/invalid-answers");
        assertThat(problem.get("title").asString()).isEqualTo("Mae angen cywiro rhai atebion");
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        problem.get("errors").forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));

        Answers same = Answers.NONE
                .with("location", new Answer(Map.of("usrn", List.of("32710042"), "description", List.of("by the bus stop"))))
                .with("size", Answer.of("huge")).with("danger", Answer.of("no")).with("email", Answer.of("not an email"));
        Map<String, String> engine = new java.util.LinkedHashMap<>();
        formCheck.check(catalogue.current("pothole").orElseThrow(), same, null).problems().values()
                .forEach(list -> list.forEach((FieldError e) -> engine.put(e.questionId(), e.message().in(Language.WELSH))));
        assertThat(engine).containsKeys("surface", "size", "email");
        assertThat(errors).containsAllEntriesOf(engine);
        assertThat(errors).containsKey("declaration");
    }

    @Test
    void aReportForNobodyNeedsItsContactsNameAndEmail() throws Exception {
        JsonNode problem = body(call(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content("""
                {"service": "pothole", "answers": {}, "contact": {"email": "nope"}}"""), token("requests:write")));

        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("contact.name", "contact.email", "location");
    }

    @Test
    void anApplicationForNobodyIsRefusedAndAnUnknownServiceIsNamed() throws Exception {
        assertThat(body(call(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON)
                .content("{\"service\": \"no-such-service\", \"answers\": {}}"), token("requests:write")))
                .get("errors").get(0).get("field").asString()).isEqualTo("service");
        MockHttpServletResponse unknown = call(get("/api/v1/services/no-such-service"), token("requests:read"));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(body(unknown).get("type").asString()).isEqualTo("/api/v1/problems/unknown-service");
        assertThat(call(get("/api/v1/services/blue-badge"), token("requests:read")).getStatus())
                .as("a service not offered through the API").isEqualTo(404);
    }

    /** The sensor services are opened by a device's signal only (Channel.DEVICE): to a client, they do not exist. */
    @Test
    void aServiceThatOnlyDevicesOpenIsListedNowhereAndSendingToItIsAnUnknownService() throws Exception {
        List<String> codes = new ArrayList<>();
        body(call(get("/api/v1/services"), token("requests:read", "requests:write")))
                .forEach(service -> codes.add(service.get("code").asString()));
        assertThat(codes).isNotEmpty().noneMatch(code -> code.startsWith("sensor-"));
        assertThat(catalogue.current("sensor-damp")).as("the service exists").isPresent();

        MockHttpServletResponse form = call(get("/api/v1/services/sensor-damp"), token("requests:write"));
        assertThat(form.getStatus()).isEqualTo(404);
        assertThat(body(form).get("type").asString()).isEqualTo("/api/v1/problems/unknown-service");

        String answers = "\"answers\": {\"condition\": \"damp\", \"device\": \"x 1\", \"severity\": \"high\"},"
                + " \"contact\": {\"name\": \"Ann Jones\", \"email\": \"ann@example.org\"}}";
        MockHttpServletResponse sensor = call(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON)
                .content("{\"service\": \"sensor-damp\", " + answers), token("requests:write"));
        MockHttpServletResponse missing = call(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON)
                .content("{\"service\": \"sensor-none\", " + answers), token("requests:write"));
        assertThat(sensor.getStatus()).isEqualTo(missing.getStatus()).isBetween(400, 499);
        assertThat(sensor.getContentAsString().replace("sensor-damp", "?"))
                .isEqualTo(missing.getContentAsString().replace("sensor-none", "?"));
    }

    @Test
    void badJsonUnknownFieldsWrongTypesAndAnUnknownQuestionEachGetAClearProblem() throws Exception {
        assertProblem(send("{\"service\": \"pothole\", "), 400, "bad-json");
        assertProblem(send("[1, 2]"), 400, "not-an-object");
        MockHttpServletResponse unknownField = send("{\"service\": \"pothole\", \"answers\": {}, \"colour\": \"red\"}");
        assertProblem(unknownField, 400, "unknown-field");
        assertThat(body(unknownField).get("errors").get(0).get("field").asString()).isEqualTo("colour");
        MockHttpServletResponse wrongType = send("{\"service\": \"pothole\", \"answers\": {}, \"declaration\": [true]}");
        assertProblem(wrongType, 400, "wrong-type");
        assertThat(body(wrongType).get("errors").get(0).get("field").asString()).isEqualTo("declaration");
        MockHttpServletResponse badAnswer = send("{\"service\": \"pothole\", \"answers\": {\"surface\": {\"value\": {\"a\": 1}}, \"colour\": \"red\"}}");
        assertProblem(badAnswer, 422, "invalid-answers");
        assertThat(body(badAnswer).get("errors").toString()).contains("\"surface\"", "\"colour\"");
        assertProblem(call(post("/api/v1/requests").contentType(MediaType.TEXT_PLAIN).content("hello"),
                token("requests:write")), 415, "unsupported-media-type");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWhetherItSaysItsLengthOrNot() throws Exception {
        String big = "{\"service\": \"pothole\", \"answers\": {\"details\": \"" + "x".repeat(300 * 1024) + "\"}}";
        assertProblem(send(big), 413, "too-large");
        MockHttpServletResponse unsaid = call(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON)
                .content(big).with(request -> {
                    request.removeHeader("Content-Length");
                    return request;
                }), token("requests:write"));
        assertThat(unsaid.getStatus()).isEqualTo(413);
    }

    @Test
    void withoutATokenEveryCallIs401AndEachScopeIsRefusedWhereItIsMissing() throws Exception {
        MockHttpServletResponse anonymous = mvc.perform(get("/api/v1/services")).andReturn().getResponse();
        assertProblem(anonymous, 401, "unauthorized");
        assertThat(anonymous.getHeader("WWW-Authenticate")).startsWith("Bearer");

        assertProblem(call(get("/api/v1/services"), token("events:read")), 403, "forbidden");
        assertProblem(send("{\"service\": \"pothole\", \"answers\": {}}", token("requests:read")), 403, "forbidden");
        assertProblem(call(get("/api/v1/requests/ABCD-EFGH-JKL"), token("requests:write")), 403, "forbidden");
        assertProblem(call(get("/api/v1/requests/ABCD-EFGH-JKL/messages"), token("requests:write")), 403, "forbidden");
        assertProblem(call(post("/api/v1/requests/ABCD-EFGH-JKL/messages").contentType(MediaType.APPLICATION_JSON)
                .content("{\"message\": \"Any news?\"}"), token("requests:read")), 403, "forbidden");
        assertProblem(call(multipart("/api/v1/files").file(new MockMultipartFile("file", "a.jpg", "image/jpeg", new byte[] {1}))
                .param("service", "pothole").param("question", "photos"), token("requests:read")), 403, "forbidden");
    }

    @Test
    void aPathOrMethodTheApiDoesNotHaveIsNotFoundAsAProblemInWelsh() throws Exception {
        MockHttpServletResponse missing = call(get("/api/v1/nothing-here").header("Accept-Language", "cy"),
                token("requests:read"));
        assertProblem(missing, 404, "not-found");
        assertThat(body(missing).get("title").asString()).isEqualTo("Heb ei ganfod");
        assertProblem(call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/services"),
                token("requests:read")), 404, "not-found");
        assertProblem(call(get("/api/v2/services"), token("requests:read")), 404, "not-found");
    }

    private MockHttpServletResponse send(String body) throws Exception {
        return send(body, token("requests:write"));
    }

    private MockHttpServletResponse send(String body, RequestPostProcessor token) throws Exception {
        return call(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content(body), token);
    }

    private void assertProblem(MockHttpServletResponse response, int status, String kind) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo(PROBLEM);
        JsonNode problem = body(response);
        assertThat(problem.get("type").asString()).isEqualTo("/api/v1/problems/" + kind);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("Exception", "at org.");
    }

    private RequestPostProcessor token(String... scopes) {
        return ApiTokens.client(client, scopes);
    }

    private MockHttpServletResponse call(AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor token)
            throws Exception {
        return mvc.perform(request.with(token)).andReturn().getResponse();
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }
}
