package org.porth.channels.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.casework.CaseWork;
import org.porth.casework.TimelineItem;
import org.porth.casework.TimelineKind;
import org.porth.identity.Role;
import org.porth.browserless.People;
import org.porth.integration.partners.Partner;
import org.porth.integration.partners.Partners;
import org.porth.integration.partners.Referral;
import org.porth.integration.partners.ReferralFixtures;
import org.porth.integration.partners.ReferralFixtures.Scene;
import org.porth.integration.partners.Referrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partner works its referrals through the API with its own client: only its own (another partner's is
 * answered exactly as one that does not exist), every read audited, each step once per key and on the
 * case's timeline, nothing once its agreement has ended. Run on H2 and on PostgreSQL.
 */
@SpringBootTest
abstract class ReferralsApiContract {

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private JsonMapper json;
    @Autowired
    private ReferralFixtures fixtures;
    @Autowired
    private Referrals referrals;
    @Autowired
    private Partners partners;
    @Autowired
    private CaseWork work;
    @Autowired
    private JdbcTemplate jdbc;

    private MockMvc mvc;
    private Scene scene;
    private Partner homes;
    private Referral referral;

    @BeforeEach
    void aReferralToPorthHomes() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        scene = fixtures.scene();
        homes = fixtures.partner("Porth Homes", "homes-" + UUID.randomUUID(), LocalDate.now().plusYears(1));
        referral = referrals.refer(scene.withConsent(homes));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void thePartnerReadsItsOwnReferralWithTheAgreedDetailsAndEveryReadIsAudited() throws Exception {
        JsonNode list = body(call(get("/api/v1/referrals"), as(homes, "referrals:read")));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asString()).isEqualTo(referral.id());

        MockHttpServletResponse read = call(get("/api/v1/referrals/" + referral.id()), as(homes, "referrals:read"));
        assertThat(read.getStatus()).isEqualTo(200);
        JsonNode one = body(read);
        assertThat(one.get("status").asString()).isEqualTo("SENT");
        assertThat(one.get("basis").asString()).isEqualTo("CONSENT");
        assertThat(one.get("details").get("address").get("postcode").asString()).isEqualTo("PT1 1AA");
        assertThat(one.get("details").has("email")).as("not in its agreement").isFalse();
        assertThat(jdbc.queryForList("select action from partner_audit where partner_id = ? order by id",
                String.class, homes.id())).containsExactly("REFERRALS_LISTED", "REFERRAL_READ");
    }

    @Test
    void anotherPartnersReferralIsIndistinguishableFromOneThatDoesNotExist() throws Exception {
        Partner fire = fixtures.partner("Fire and Rescue", "fire-" + UUID.randomUUID(), LocalDate.now().plusYears(1));

        MockHttpServletResponse others = call(get("/api/v1/referrals/" + referral.id()), as(fire, "referrals:read"));
        MockHttpServletResponse missing = call(get("/api/v1/referrals/" + UUID.randomUUID()), as(fire, "referrals:read"));
        MockHttpServletResponse accept = call(post("/api/v1/referrals/" + referral.id() + "/accept"),
                as(fire, "referrals:write"));

        assertThat(others.getStatus()).isEqualTo(404);
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(accept.getStatus()).isEqualTo(404);
        assertThat(withoutInstance(body(others))).isEqualTo(withoutInstance(body(missing)));
        assertThat(body(call(get("/api/v1/referrals"), as(fire, "referrals:read")))).isEmpty();
        assertThat(call(get("/api/v1/referrals/" + referral.id()), as(homes, "requests:read")).getStatus())
                .as("without the scope").isEqualTo(403);
    }

    @Test
    void stepsAreTakenOncePerKeyGoOnTheTimelineAndFollowTheReferralsStatus() throws Exception {
        MockHttpServletResponse first = call(post("/api/v1/referrals/" + referral.id() + "/accept")
                .header("Idempotency-Key", "accept-1"), as(homes, "referrals:write"));
        MockHttpServletResponse again = call(post("/api/v1/referrals/" + referral.id() + "/accept")
                .header("Idempotency-Key", "accept-1"), as(homes, "referrals:write"));
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(body(first).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());

        MockHttpServletResponse declineNow = call(post("/api/v1/referrals/" + referral.id() + "/decline"),
                as(homes, "referrals:write"));
        assertThat(declineNow.getStatus()).isEqualTo(409);
        assertThat(body(declineNow).get("type").asString()).isEqualTo("/api/v1/problems/referral-step-not-allowed");
        MockHttpServletResponse noNote = call(post("/api/v1/referrals/" + referral.id() + "/update")
                .contentType(MediaType.APPLICATION_JSON).content("{}"), as(homes, "referrals:write"));
        assertThat(noNote.getStatus()).isEqualTo(422);
        MockHttpServletResponse update = call(post("/api/v1/referrals/" + referral.id() + "/update")
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"Visit booked for Tuesday\"}"),
                as(homes, "referrals:write"));
        assertThat(body(update).get("partnerNote").asString()).isEqualTo("Visit booked for Tuesday");
        assertThat(call(post("/api/v1/referrals/" + referral.id() + "/close"), as(homes, "referrals:write")).getStatus())
                .isEqualTo(200);

        SecurityContextHolder.getContext().setAuthentication(scene.officer());
        assertThat(work.open(scene.reference()).timeline()).filteredOn(item -> item.kind().partnerStep())
                .extracting(TimelineItem::kind, TimelineItem::visibleToResident)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TimelineKind.REFERRED, true),
                        org.assertj.core.groups.Tuple.tuple(TimelineKind.REFERRAL_ACCEPTED, true),
                        org.assertj.core.groups.Tuple.tuple(TimelineKind.REFERRAL_UPDATED, false),
                        org.assertj.core.groups.Tuple.tuple(TimelineKind.REFERRAL_CLOSED, true));
    }

    @Test
    void aPartnerWhoseAgreementHasEndedGetsNothing() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(People.signedIn("Admin " + UUID.randomUUID(), null, Role.ADMIN));
        LocalDate yesterday = LocalDate.now().minusDays(1);
        partners.save(new org.porth.integration.partners.PartnerForm(homes.id(), homes.name(), homes.contact(),
                homes.apiClientId(), homes.agreementReference(), String.valueOf(yesterday.getDayOfMonth()),
                String.valueOf(yesterday.getMonthValue()), String.valueOf(yesterday.getYear()), homes.referralTypes(),
                homes.fields(), homes.version()));
        SecurityContextHolder.clearContext();

        MockHttpServletResponse read = call(get("/api/v1/referrals/" + referral.id()), as(homes, "referrals:read"));
        assertThat(read.getStatus()).isEqualTo(403);
        assertThat(body(read).get("type").asString()).isEqualTo("/api/v1/problems/agreement-ended");
        assertThat(call(get("/api/v1/referrals"), as(homes, "referrals:read")).getStatus()).isEqualTo(403);
    }

    private static RequestPostProcessor as(Partner partner, String... scopes) {
        return ApiTokens.client(partner.apiClientId(), scopes);
    }

    private MockHttpServletResponse call(AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor token)
            throws Exception {
        return mvc.perform(request.with(token)).andReturn().getResponse();
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }

    private static String withoutInstance(JsonNode problem) {
        return ((tools.jackson.databind.node.ObjectNode) problem.deepCopy()).without("instance").toString();
    }
}
