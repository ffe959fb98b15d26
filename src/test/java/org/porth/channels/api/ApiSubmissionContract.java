package org.porth.channels.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.attachments.TestFiles;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseWork;
import org.porth.casework.internal.Teams;
import org.porth.catalogue.Channel;
import org.porth.channels.ApiRateLimitSource;
import org.porth.channels.api.IdempotencyKeys.StoredAnswer;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.browserless.People;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.tracking.MyRequests;
import org.porth.tracking.TrackedRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request sent through the API becomes the same case as one sent on the web, in the same queue with
 * the same clock; only whoever made it reads it back; an Idempotency-Key makes it once; a client over
 * its limit waits. On H2 and on PostgreSQL.
 */
@SpringBootTest
@Import(ApiSubmissionContract.TightLimit.class)
abstract class ApiSubmissionContract {

    static final String TIGHT_CLIENT = "tight-client";

    private static final String POTHOLE = """
            {"service": "pothole",
             "answers": {"location": {"usrn": "32710042", "description": "by the bus stop"},
                         "surface": "road", "size": "large", "danger": "no", "email": "%s"},
             "contact": {"name": "Ann Jones", "email": "%s"},
             "declaration": true}""";

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private JsonMapper json;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private MyRequests myRequests;
    @Autowired
    private ResidentProfiles residents;
    @Autowired
    private CaseWork caseWork;
    @Autowired
    private Teams teams;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private Idempotency idempotency;

    private MockMvc mvc;
    private String client;

    /** Two calls an hour for one client; every other client has the configured default. */
    @TestConfiguration
    static class TightLimit {

        @Bean
        ApiRateLimitSource tightLimit() {
            return clientId -> TIGHT_CLIENT.equals(clientId)
                    ? Optional.of(new ApiRateLimitSource.RateLimit(2, Duration.ofHours(1)))
                    : Optional.empty();
        }
    }

    @BeforeEach
    void aClientOfItsOwn() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        client = "app-" + UUID.randomUUID();
    }

    @AfterEach
    void nobodySignedIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAnonymousReportBecomesACaseInTheSameQueueWithTheSameClockAndStaffSeeWhichClientSentIt() throws Exception {
        MockHttpServletResponse sent = send(pothole("ann@example.org"), writer(), null);

        assertThat(sent.getStatus()).isEqualTo(201);
        JsonNode made = json.readTree(sent.getContentAsString());
        String reference = made.get("reference").asString();
        assertThat(sent.getHeader("Location")).isEqualTo("/api/v1/requests/" + reference);
        assertThat(made.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(made.get("queue").get("en").asString()).isEqualTo("Highway inspections");
        assertThat(made.get("dueAt").asString()).isNotBlank();

        SecurityContextHolder.getContext().setAuthentication(highwaysOfficer());
        CaseDetails seen = caseWork.open(reference);
        assertThat(seen.channel()).isEqualTo(Channel.API);
        assertThat(seen.apiClient()).isEqualTo(ApiTokens.name(client));
        assertThat(seen.summary().dueAt().toString()).isEqualTo(made.get("dueAt").asString());
        assertThat(seen.queueName().en()).isEqualTo("Highway inspections");
    }

    @Test
    void theClientReadsItsRequestBackAndAnotherClientGetsExactlyWhatAMissingOneGets() throws Exception {
        String reference = reference(send(pothole("ann@example.org"), writer(), null));

        MockHttpServletResponse own = call(get("/api/v1/requests/" + reference), reader(client));
        assertThat(own.getStatus()).isEqualTo(200);
        JsonNode state = json.readTree(own.getContentAsString());
        assertThat(state.get("reference").asString()).isEqualTo(reference);
        assertThat(state.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(state.get("timeline").get(0).get("kind").asString()).isEqualTo("SUBMITTED");

        MockHttpServletResponse another = call(get("/api/v1/requests/" + reference), reader("another-" + client));
        MockHttpServletResponse missing = call(get("/api/v1/requests/ZZZZ-ZZZZ-ZZZ"), reader("another-" + client));
        assertThat(another.getStatus()).isEqualTo(404).isEqualTo(missing.getStatus());
        assertThat(withoutInstance(another)).isEqualTo(withoutInstance(missing));
        assertThat(another.getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void anAppAResidentAllowedSendsForThemTheyFindItInMyRequestsAndAnotherResidentsAppCannotReadIt() throws Exception {
        String sam = residentId(Somebody.named("Sam"));
        String ann = residentId(Somebody.named("Ann"));

        String body = """
                {"service": "pothole",
                 "answers": {"location": {"usrn": "32710042", "description": "outside number 12"},
                             "surface": "pavement", "size": "small", "danger": "no", "email": "sam@example.org"},
                 "declaration": true}""";
        String reference = reference(send(body, ApiTokens.residentsApp(client, sam, "requests:write"), null));

        assertThat(call(get("/api/v1/requests/" + reference), ApiTokens.residentsApp(client, sam, "requests:read"))
                .getStatus()).isEqualTo(200);
        assertThat(withoutInstance(call(get("/api/v1/requests/" + reference),
                ApiTokens.residentsApp(client, ann, "requests:read"))))
                .isEqualTo(withoutInstance(call(get("/api/v1/requests/ZZZZ-ZZZZ-ZZZ"),
                        ApiTokens.residentsApp(client, ann, "requests:read"))));

        SecurityContextHolder.getContext().setAuthentication(samSignedIn);
        assertThat(myRequests.list().requests()).extracting(request -> request.reference().value(), TrackedRequest::channel)
                .contains(org.assertj.core.groups.Tuple.tuple(reference, Channel.API));
    }

    @Test
    void theClientWritesAboutItsRequestAsMyRequestsDoesAndAnotherClientCannot() throws Exception {
        String reference = reference(send(pothole("ann@example.org"), writer(), null));
        String path = "/api/v1/requests/" + reference + "/messages";

        MockHttpServletResponse written = call(post(path).contentType(MediaType.APPLICATION_JSON)
                .content("{\"message\": \"It has got bigger since.\"}"), writer());
        assertThat(written.getStatus()).as(written.getContentAsString()).isEqualTo(201);

        JsonNode messages = json.readTree(call(get(path), reader(client)).getContentAsString());
        assertThat(messages.get(0).get("from").asString()).isEqualTo("resident");
        assertThat(messages.get(0).get("text").asString()).isEqualTo("It has got bigger since.");
        MockHttpServletResponse blank = call(post(path).contentType(MediaType.APPLICATION_JSON)
                .content("{\"message\": \" \"}"), writer());
        assertThat(blank.getStatus()).isEqualTo(422);
        assertThat(json.readTree(blank.getContentAsString()).get("errors").get(0).get("field").asString())
                .isEqualTo("message");
        String other = "another-" + client;
        assertThat(call(get(path), reader(other)).getStatus()).isEqualTo(404);
        assertThat(call(post(path).contentType(MediaType.APPLICATION_JSON).content("{\"message\": \"Mine now\"}"),
                ApiTokens.client(other, "requests:write")).getStatus()).isEqualTo(404);
    }

    @Test
    void theSameKeyWithTheSameBodyGivesTheFirstAnswerAndMakesOneRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = pothole("once@example.org");
        MockHttpServletResponse first = send(body, writer(), key);
        MockHttpServletResponse again = send(body, writer(), key);

        assertThat(again.getStatus()).isEqualTo(201);
        assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(again.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(jdbc.queryForObject("select count(*) from submitted_request where api_client_id = ?", Integer.class,
                client)).isOne();
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndMakesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        send(pothole("first@example.org"), writer(), key);

        MockHttpServletResponse other = send(pothole("second@example.org"), writer(), key);

        assertThat(other.getStatus()).isEqualTo(422);
        assertThat(json.readTree(other.getContentAsString()).get("type").asString())
                .isEqualTo("/api/v1/problems/idempotency-key-reused");
        assertThat(jdbc.queryForObject("select count(*) from submitted_request where api_client_id = ?", Integer.class,
                client)).isOne();
    }

    @Test
    void whileTheFirstRequestWithAKeyRunsTheSecondIsToldItIsStillBeingMade() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        String key = UUID.randomUUID().toString();
        CompletableFuture<StoredAnswer> first = CompletableFuture.supplyAsync(() -> idempotency.once(client,
                Optional.of(key), "POST /x\n{}", () -> {
                    running.countDown();
                    await(finish);
                    return new StoredAnswer(201, "application/json", "{\"made\":1}", null);
                }));
        await(running);

        ApiProblem second = org.junit.jupiter.api.Assertions.assertThrows(ApiProblem.class, () -> idempotency.once(client,
                Optional.of(key), "POST /x\n{}", () -> new StoredAnswer(201, "application/json", "{\"made\":2}", null)));
        finish.countDown();

        assertThat(second.status().value()).isEqualTo(409);
        assertThat(second.kind()).isEqualTo("idempotency-key-in-use");
        assertThat(first.get(10, TimeUnit.SECONDS).body()).isEqualTo("{\"made\":1}");
        assertThat(idempotency.once(client, Optional.of(key), "POST /x\n{}", () -> {
            throw new AssertionError("made again");
        }).body()).isEqualTo("{\"made\":1}");
    }

    @Test
    void aClientOverItsLimitIsToldToWaitWithRetryAfter() throws Exception {
        RequestPostProcessor tight = ApiTokens.client(TIGHT_CLIENT + "", "requests:read");
        // the bucket is shared by every test run on this database: take what is left of it first
        MockHttpServletResponse response;
        int calls = 0;
        do {
            response = call(get("/api/v1/services"), tight);
            calls++;
        } while (response.getStatus() == 200 && calls < 3);

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(response.getHeader("Retry-After"))).isBetween(1L, 3600L);
        assertThat(json.readTree(response.getContentAsString()).get("type").asString())
                .isEqualTo("/api/v1/problems/too-many-requests");
        assertThat(call(get("/api/v1/services"), reader(client)).getStatus()).as("another client").isEqualTo(200);
    }

    @Test
    void aPhotoUploadedFirstGoesWithTheRequestAndAFileThatIsNotAPictureIsRefusedWithTheFormsMessage() throws Exception {
        MockHttpServletResponse uploaded = upload("pothole.jpg", TestFiles.bytes("photo.jpg"), null);
        assertThat(uploaded.getStatus()).isEqualTo(201);
        JsonNode file = json.readTree(uploaded.getContentAsString());

        String body = """
                {"service": "pothole",
                 "answers": {"location": {"usrn": "32710042", "description": "by the bus stop"},
                             "surface": "road", "size": "large", "danger": "no", "email": "ann@example.org",
                             "photos": {"file": ["%s"]}},
                 "contact": {"name": "Ann Jones", "email": "ann@example.org"},
                 "upload": "%s", "declaration": true}""".formatted(file.get("id").asString(), file.get("upload").asString());
        String reference = reference(send(body, writer(), null));
        assertThat(jdbc.queryForObject("select case_reference from stored_file where id = ?", String.class,
                file.get("id").asString())).isEqualTo(reference);

        MockHttpServletResponse refused = upload("notes.pdf", TestFiles.bytes("letter.pdf"), null);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(json.readTree(refused.getContentAsString()).get("errors").get(0).get("message").asString())
                .startsWith("notes.pdf must be a ");
    }

    private MockHttpServletResponse upload(String name, byte[] content, String upload) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/files")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("service", "pothole").param("question", "photos");
        if (upload != null) {
            request.param("upload", upload);
        }
        return call(request, writer());
    }

    private org.springframework.security.core.Authentication samSignedIn;

    private String residentId(Somebody somebody) {
        var signedIn = somebody.asResident();
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        if (somebody.given.equals("Sam")) {
            samSignedIn = signedIn;
        }
        String id = residents.current().id().toString();
        SecurityContextHolder.clearContext();
        return id;
    }

    private org.springframework.security.core.Authentication highwaysOfficer() {
        var officer = People.signedIn("Highways Officer " + client, null, Role.CASEWORKER);
        SecurityContextHolder.getContext().setAuthentication(officer);
        teams.join("highways", currentUser.get().orElseThrow().id(), false);
        return officer;
    }

    private static String pothole(String email) {
        return POTHOLE.formatted(email, email);
    }

    private RequestPostProcessor writer() {
        return ApiTokens.client(client, "requests:write");
    }

    private static RequestPostProcessor reader(String clientId) {
        return ApiTokens.client(clientId, "requests:read");
    }

    private MockHttpServletResponse send(String body, RequestPostProcessor token, String key) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return call(request, token);
    }

    private MockHttpServletResponse call(AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor token)
            throws Exception {
        return mvc.perform(request.with(token)).andReturn().getResponse();
    }

    private String reference(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString()).get("reference").asString();
    }

    private String withoutInstance(MockHttpServletResponse response) throws Exception {
        var body = (tools.jackson.databind.node.ObjectNode) json.readTree(response.getContentAsString());
        body.remove("instance");
        return body.toString();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
