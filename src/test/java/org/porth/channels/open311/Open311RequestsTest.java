package org.porth.channels.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.porth.channels.open311.Open311Client.text;
import static org.porth.channels.open311.Open311Client.texts;
import static org.porth.channels.open311.Open311Client.with;
import static org.porth.channels.open311.Open311Client.without;
import static org.porth.channels.open311.Open311Client.xml;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseWork;
import org.porth.casework.Outcome;
import org.porth.channels.ApiScope;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.resident.Somebody;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;

import tools.jackson.databind.JsonNode;

/**
 * Open311 {@code POST requests}, {@code GET requests}, {@code GET requests/{id}} and FixMyStreet's
 * {@code servicerequestupdates}, sent as an Open311 client sends them and read back with a real XML
 * parser: a report becomes a case in the same queue with the same clock as a web one.
 */
@SpringBootTest
class Open311RequestsTest {

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CaseWork work;
    @Autowired
    private CurrentUser currentUser;

    private Open311Client client;

    @BeforeEach
    void anOpen311Client() {
        client = new Open311Client(context, ApiScope.OPEN311);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aReportAsFixMyStreetSendsItBecomesACaseInTheSameQueueWithTheSameClock() throws Exception {
        String description = unique("Deep hole by the bus stop");
        MockHttpServletResponse response = client.post("requests.xml", client.pothole(description));

        assertThat(response.getStatus()).isEqualTo(200);
        Document made = xml(response);
        String id = text(made, "/service_requests/request/service_request_id");
        assertThat(id).isNotBlank();
        assertThat(text(made, "/service_requests/request/service_notice")).isEqualTo("We aim to respond within 5 working days.");
        Map<String, Object> opened = caseOf(id);
        assertThat(opened).containsEntry("queue_id", "highway-inspections").containsEntry("channel", "API")
                .containsEntry("ward", "Castell");
        assertThat((String) opened.get("api_client_name")).as("the channel: the Open311 client").startsWith("FixMyStreet ");
        assertThat((String) opened.get("answers")).contains("32710042").contains("51.600689").contains(description);

        Document found = xml(client.get("requests/" + id + ".xml"));
        String request = "/service_requests/request";
        assertThat(text(found, request + "/service_request_id")).isEqualTo(id);
        assertThat(text(found, request + "/status")).isEqualTo("open");
        assertThat(text(found, request + "/status_notes")).isEqualTo("Received");
        assertThat(text(found, request + "/service_code")).isEqualTo("pothole");
        assertThat(text(found, request + "/service_name")).isEqualTo("Report a pothole");
        assertThat(text(found, request + "/description")).isEqualTo(description);
        assertThat(text(found, request + "/agency_responsible")).isEqualTo("Highways");
        assertThat(text(found, request + "/lat")).isEqualTo(Open311Client.LATITUDE);
        assertThat(text(found, request + "/long")).isEqualTo(Open311Client.LONGITUDE);
        assertThat(text(found, request + "/media_url")).isEqualTo("https://fixmystreet.example/photo/1.jpeg");
        assertThat(OffsetDateTime.parse(text(found, request + "/expected_datetime")).toInstant())
                .as("the service level's clock").isEqualTo(jdbc.queryForObject("select due_at from service_case"
                        + " where reference = ?", OffsetDateTime.class, id).toInstant().truncatedTo(ChronoUnit.SECONDS));
        assertThat(OffsetDateTime.parse(text(found, request + "/requested_datetime")).toInstant())
                .isBetween(Instant.now().minusSeconds(60), Instant.now());
    }

    @Test
    void inJsonTheAnswersAreArraysAsTheSpecificationShows() throws Exception {
        MockHttpServletResponse response = client.post("requests.json", client.pothole(unique("Pothole")));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        String id = Open311Client.json(response).get(0).get("service_request_id").asString();
        caseOf(id);

        JsonNode found = Open311Client.json(client.get("requests/" + id + ".json"));
        assertThat(found.get(0).get("service_request_id").asString()).isEqualTo(id);
        assertThat(found.get(0).get("status").asString()).isEqualTo("open");
        assertThat(found.get(0).get("lat").asDouble()).isEqualTo(51.600689);
        assertThat(found.get(0).get("agency_responsible").asString()).isEqualTo("Highways");
    }

    @Test
    void aMissingOrWrongKeyIsForbiddenAndNothingIsMade() throws Exception {
        long requests = count();

        MockHttpServletResponse missing = client.post("requests.xml", without(client.pothole(unique("No key")), "api_key"));
        MockHttpServletResponse wrong = client.post("requests.json", with(client.pothole(unique("Wrong key")), "api_key",
                client.key().substring(0, client.key().indexOf(':')) + ":guessed"));
        Open311Client restApiOnly = new Open311Client(context, ApiScope.REQUESTS_WRITE);
        MockHttpServletResponse withoutTheScope = restApiOnly.post("requests.xml", restApiOnly.pothole(unique("No scope")));

        assertThat(missing.getStatus()).isEqualTo(403);
        assertThat(text(xml(missing), "/errors/error/code")).isEqualTo("403");
        assertThat(text(xml(missing), "/errors/error/description")).contains("api_key");
        assertThat(wrong.getStatus()).isEqualTo(403);
        assertThat(Open311Client.json(wrong).get(0).get("code").asInt()).isEqualTo(403);
        assertThat(withoutTheScope.getStatus()).as("a client the council let use the REST API only").isEqualTo(403);
        assertThat(count()).isEqualTo(requests);
    }

    @Test
    void theFormEnginesProblemsAreTheErrorsOfA400AndNothingIsMade() throws Exception {
        long requests = count();
        var form = with(without(client.pothole(unique("Bad")), "attribute[size]"), "attribute[surface]", "motorway");

        MockHttpServletResponse response = client.post("requests.xml", with(form, "email", "not an email"));

        assertThat(response.getStatus()).isEqualTo(400);
        Document errors = xml(response);
        assertThat(texts(errors, "/errors/error/code")).containsOnly("400");
        assertThat(texts(errors, "/errors/error/description")).containsExactly(
                "surface: Select where the pothole is from the list",
                "size: Select how big the pothole is",
                "email: Enter your email address in the correct format, like name@example.com");
        assertThat(count()).isEqualTo(requests);
    }

    @Test
    void aPositionOutsideTheUkOrAnUnknownServiceOrOneOnlyDevicesOpenIsA400() throws Exception {
        MockHttpServletResponse far = client.post("requests.json", with(client.pothole(unique("Far")), "lat", "12.5"));
        assertThat(far.getStatus()).isEqualTo(400);
        assertThat(Open311Client.json(far).get(0).get("description").asString()).startsWith("location: ");

        MockHttpServletResponse unknown = client.post("requests.xml", with(client.pothole(unique("x")), "service_code", "nothing"));
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(text(xml(unknown), "/errors/error/description")).contains("nothing");

        MockHttpServletResponse sensor = client.post("requests.xml", with(client.pothole(unique("y")), "service_code", "sensor-gully"));
        assertThat(sensor.getStatus()).as("a service only devices open").isEqualTo(400);
        assertThat(text(xml(sensor), "/errors/error/description")).contains("sensor-gully");
    }

    @Test
    void theSameReportFromTheSameClientWithinTenMinutesIsOneCase() throws Exception {
        var report = client.pothole(unique("Sent twice"));
        String first = idOf(client.post("requests.xml", report));
        String again = idOf(client.post("requests.xml", report));
        String other = idOf(client.post("requests.xml", client.pothole(unique("Another pothole"))));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from submitted_request where reference = ?", Long.class, first))
                .isEqualTo(1);

        // eleven minutes later: a later repeat window too
        jdbc.update("update open311_request set requested_at = requested_at - interval '11' minute,"
                + " window_slot = window_slot - 2 where reference = ?", first);
        assertThat(idOf(client.post("requests.xml", report))).as("after the window it is a new report").isNotEqualTo(first);
    }

    @Test
    void requestsAreFoundByIdsByServiceByStatusAndByDate() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String pothole = idOf(client.post("requests.xml", client.pothole(unique("Listed"))));
        String light = idOf(client.post("requests.xml", List.of(Map.entry("api_key", client.key()),
                Map.entry("service_code", "street-light"), Map.entry("lat", "51.598535"), Map.entry("long", "-3.899691"),
                Map.entry("email", "reporter@example.com"), Map.entry("description", unique("Light out")),
                Map.entry("attribute[problem]", "not-working"))));
        caseOf(light);

        assertThat(texts(xml(client.get("requests.xml", "service_request_id", pothole + "," + light)),
                "/service_requests/request/service_request_id")).containsExactlyInAnyOrder(pothole, light);
        List<String> sinceBefore = texts(xml(client.get("requests.xml", "start_date", before.toString(),
                "service_code", "street-light")), "/service_requests/request/service_request_id");
        assertThat(sinceBefore).contains(light).doesNotContain(pothole);
        assertThat(texts(xml(client.get("requests.xml", "start_date", before.toString(), "status", "open")),
                "/service_requests/request/service_request_id")).contains(pothole, light);
        assertThat(texts(xml(client.get("requests.xml", "start_date", before.toString(), "status", "closed")),
                "/service_requests/request/service_request_id")).doesNotContain(pothole, light);
        assertThat(texts(xml(client.get("requests.xml", "end_date", before.toString())),
                "/service_requests/request/service_request_id")).doesNotContain(pothole, light);
        JsonNode firstPage = Open311Client.json(client.get("requests.json", "start_date", before.toString(), "page_size", "1"));
        JsonNode secondPage = Open311Client.json(client.get("requests.json", "start_date", before.toString(),
                "page_size", "1", "page", "2"));
        assertThat(firstPage.size()).isEqualTo(1);
        assertThat(secondPage.get(0).get("service_request_id").asString())
                .isNotEqualTo(firstPage.get(0).get("service_request_id").asString());
    }

    @Test
    void aWrongQueryIsA400AndAnUnknownRequestA404() throws Exception {
        MockHttpServletResponse status = client.get("requests.xml", "status", "fixed");
        assertThat(status.getStatus()).isEqualTo(400);
        assertThat(text(xml(status), "/errors/error/description")).isEqualTo("status must be open or closed");

        MockHttpServletResponse date = client.get("requests.json", "start_date", "yesterday");
        assertThat(date.getStatus()).isEqualTo(400);
        assertThat(Open311Client.json(date).get(0).get("description").asString()).startsWith("start_date must be");

        assertThat(client.get("requests.xml", "page_size", "1001").getStatus()).isEqualTo(400);

        MockHttpServletResponse unknown = client.get("requests/NOSUCHREQUEST.xml");
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(text(xml(unknown), "/errors/error/code")).isEqualTo("404");
        assertThat(Open311Client.json(client.get("requests/NOSUCHREQUEST.json")).get(0).get("code").asInt()).isEqualTo(404);
    }

    @Test
    void eachStatusChangeIsAnUpdateWithAnIdThatNeverChangesAndTheEndClosesTheRequest() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String id = idOf(client.post("requests.xml", client.pothole(unique("Updated"))));
        caseOf(id);
        Somebody.signIn(People.signedIn("Officer " + UUID.randomUUID(), null, Role.CASEWORKER));
        jdbc.update("insert into team_member (team_id, staff_id, supervisor) values ('highways', ?, false)",
                currentUser.get().orElseThrow().id());
        CaseDetails opened = work.open(id);
        CaseDetails triaged = work.changeStatus(id, opened.version(), CaseStatus.IN_TRIAGE, "Internal reason");
        CaseDetails working = work.changeStatus(id, triaged.version(), CaseStatus.IN_PROGRESS, null);
        work.end(id, working.version(), Outcome.FIXED, "Filled in on Tuesday");
        SecurityContextHolder.clearContext();

        Document updates = xml(client.get("servicerequestupdates.xml", "start_date", before.toString()));
        String ours = "/service_requests_updates/request_update[service_request_id='" + id + "']";
        assertThat(texts(updates, ours + "/status")).containsExactly("open", "open", "closed");
        assertThat(texts(updates, ours + "/description")).containsExactly("Being looked at", "In progress", "Done")
                .as("the officer's reason is not public").doesNotContain("Internal reason");
        List<String> ids = texts(updates, ours + "/update_id");
        assertThat(ids).doesNotHaveDuplicates().hasSize(3);
        assertThat(texts(xml(client.get("servicerequestupdates.xml", "start_date", before.toString())), ours + "/update_id"))
                .as("asked again, the same ids").isEqualTo(ids);
        JsonNode json = Open311Client.json(client.get("servicerequestupdates.json", "start_date", before.toString()));
        assertThat(json.valueStream().filter(update -> update.get("service_request_id").asString().equals(id))
                .map(update -> update.get("update_id").asString())).isEqualTo(ids);

        Document closed = xml(client.get("requests/" + id + ".xml"));
        assertThat(text(closed, "/service_requests/request/status")).isEqualTo("closed");
        assertThat(text(closed, "/service_requests/request/status_notes")).isEqualTo("Done");
    }

    private String idOf(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return text(xml(response), "/service_requests/request/service_request_id");
    }

    /** The case opens from the request's event, just after the request is stored. */
    private Map<String, Object> caseOf(String reference) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from service_case where reference = ?", Long.class, reference) == 1);
        return jdbc.queryForMap("select * from service_case where reference = ?", reference);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from submitted_request", Long.class);
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
