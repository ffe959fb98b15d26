package org.porth.channels.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.identity.Role;
import org.porth.shared.Reference;
import org.porth.tracking.MyRequests;
import org.porth.tracking.TrackedRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report an API client sends for no account, naming a contact email, shows in the My requests of
 * the resident whose sign-in verified that email: whether they signed in before it came or only after
 * (decision 0048). Nobody else sees it, and an email their sign-in did not verify links nothing.
 */
@SpringBootTest
@Import(ApiSubmissionContract.TightLimit.class)
class ReportsByVerifiedEmailTest {

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private JsonMapper json;
    @Autowired
    private MyRequests myRequests;
    @Autowired
    private ApplicationEventPublisher events;

    private MockMvc mvc;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void anApiClient() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aReportNamingTheVerifiedEmailOfAResidentWhoSignedInIsTheirsAndNoOtherResidentsSeeIt() throws Exception {
        Authentication ann = People.signedIn("Ann " + tag, "ann." + tag + "@example.org", Role.RESIDENT);
        Authentication bob = People.signedIn("Bob " + tag, "bob." + tag + "@example.org", Role.RESIDENT);
        signIn(ann);
        signIn(bob);

        String reference = report("Ann." + tag + "@Example.org");

        assertThat(myRequests(ann)).as("the email as the client wrote it, in any case").contains(reference);
        assertThat(myRequests(bob)).doesNotContain(reference);
    }

    @Test
    void reportsSentBeforeTheResidentFirstSignsInAreTheirsOnceTheySignInWithThatVerifiedEmail() throws Exception {
        String email = "cai." + tag + "@example.org";
        String first = report(email);
        String second = report(email);

        Authentication cai = People.signedIn("Cai " + tag, email, Role.RESIDENT);
        signIn(cai);

        assertThat(myRequests(cai)).contains(first, second);
    }

    @Test
    void anEmailTheSignInDidNotVerifyLinksNothingEvenIfAnEarlierSignInHadVerifiedIt() throws Exception {
        String email = "dee." + tag + "@example.org";
        signIn(People.signedIn("Dee " + tag, email, Role.RESIDENT));
        Authentication unverified = People.residentWithUnverifiedEmail("Dee " + tag, email);
        signIn(unverified);

        String reference = report(email);

        assertThat(myRequests(unverified)).doesNotContain(reference);
        Authentication another = People.residentWithUnverifiedEmail("Eve " + tag, "eve." + tag + "@example.org");
        String evesReport = report("eve." + tag + "@example.org");
        signIn(another);
        assertThat(myRequests(another)).as("an unverified first sign-in takes no record over").doesNotContain(evesReport);
    }

    /** As the portal's sign-in does: the context set, then the success event its listeners act on. */
    private void signIn(Authentication person) {
        SecurityContextHolder.getContext().setAuthentication(person);
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(person, getClass()));
        SecurityContextHolder.clearContext();
    }

    private List<String> myRequests(Authentication person) {
        SecurityContextHolder.getContext().setAuthentication(person);
        try {
            return myRequests.list().requests().stream().map(TrackedRequest::reference)
                    .map(Reference::value).toList();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String report(String email) throws Exception {
        MockHttpServletResponse sent = mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"service": "pothole",
                         "answers": {"location": {"usrn": "32710042", "description": "by the bus stop"},
                                     "surface": "road", "size": "large", "danger": "no", "email": "%s"},
                         "contact": {"name": "A Reporter", "email": "%s"},
                         "declaration": true}""".formatted(email, email))
                .with(ApiTokens.client("app-" + tag, "requests:write"))).andReturn().getResponse();
        assertThat(sent.getStatus()).as(sent.getContentAsString()).isEqualTo(201);
        return json.readTree(sent.getContentAsString()).get("reference").asString();
    }
}
