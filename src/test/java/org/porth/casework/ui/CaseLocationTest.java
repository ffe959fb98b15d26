package org.porth.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.apply.RequestSubmitted;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.casework.GeoPoint;
import org.porth.casework.internal.CaseOpening;
import org.porth.casework.internal.Teams;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shared.Reference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case page shows where the problem is on a small map and lists the other open cases within
 * 50 m as possible duplicates: only open ones, only those the officer may open, and only what a
 * queue shows of them.
 */
class CaseLocationTest extends PortalViewTest {

    /** Stryd Fawr's point in the demo gazetteer. */
    private static final GeoPoint STRYD_FAWR = new GeoPoint(51.600689, -3.895022);

    @Autowired
    private CaseOpening opening;
    @Autowired
    private Catalogue catalogue;
    @Autowired
    private Teams teams;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private JdbcTemplate jdbc;

    private String queue;

    /** The officer works a queue of their own, so that other tests' potholes on Stryd Fawr are not theirs. */
    @BeforeEach
    void anOfficerWithAQueueOfTheirOwn() {
        String team = "location-" + UUID.randomUUID().toString().substring(0, 8);
        queue = team + "-queue";
        jdbc.update("insert into team (id, name_en, name_cy) values (?, 'Location test', 'Prawf lleoliad')", team);
        jdbc.update("insert into work_queue (id, team_id, name_en, name_cy) values (?, ?, 'Location test', 'Prawf lleoliad')",
                queue, team);
        signIn(People.signedIn("Location Officer " + team, null, Role.CASEWORKER));
        teams.join(team, currentUser.get().orElseThrow().id(), false);
    }

    @Test
    void openCasesWithin50MetresThatTheOfficerMayOpenAreListedAsPossibleDuplicates() {
        String reported = pothole(onStrydFawr(STRYD_FAWR), true);
        String thirtyMetresNorth = pothole(at(STRYD_FAWR.moved(0, 30), "resident@example.org"), true);
        String eightyMetresEast = pothole(at(STRYD_FAWR.moved(80, 0), null), true);
        String closed = pothole(at(STRYD_FAWR.moved(-20, 0), null), true);
        jdbc.update("update service_case set status = 'CLOSED' where reference = ?", closed);
        String anotherTeams = pothole(at(STRYD_FAWR.moved(0, -10), null), false);

        navigate("staff/cases/" + reported, CaseView.class);

        List<ListItem> duplicates = find(ListItem.class).from(find(OrderedList.class).withId("case-duplicates").single()).all();
        assertThat(duplicates).singleElement().satisfies(item -> {
            assertThat(item.getElement().getTextRecursively())
                    .isEqualTo(thirtyMetresNorth + " Report a pothole, 30 m away: In the road (Submitted)");
            assertThat(find(RouterLink.class).from(item).single().getHref()).isEqualTo("staff/cases/" + thirtyMetresNorth);
        });
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).doesNotContain(eightyMetresEast, closed, anotherTeams, "resident@example.org");
        assertThat(find(Paragraph.class).withId("case-location-place").single().getText()).isEqualTo("Stryd Fawr, Porth");
        String map = find(Svg.class).withId("case-location-map").single().getElement().getProperty("innerHTML");
        assertThat(map).contains("role=\"img\"", "aria-labelledby=\"case-map-title\"",
                "<title id=\"case-map-title\">Map of Stryd Fawr, Porth: the problem is marked in the middle, inside a circle"
                        + " of 50 metres with one other open case in it, numbered as in the list of possible duplicates.</title>",
                ">Stryd Fawr</text>");
    }

    @Test
    void aLoneProblemSaysSoInWelsh() {
        String reported = pothole(onStrydFawr(STRYD_FAWR.moved(500, 500)), true);
        chooseLanguage(Language.WELSH);

        navigate("staff/cases/" + reported, CaseView.class);

        assertThat(find(Paragraph.class).withId("case-duplicates").single().getText())
                .isEqualTo("Nid oes unrhyw achosion agored eraill o fewn 50 metr.");
    }

    @Test
    void aCaseWithoutALocationShowsNoMap() {
        String reported = pothole(Answers.NONE.with("surface", Answer.of("road")).with("danger", Answer.of("no")), true);

        navigate("staff/cases/" + reported, CaseView.class);

        assertThat(find(Svg.class).withId("case-location-map").exists()).isFalse();
    }

    private static Answers onStrydFawr(GeoPoint point) {
        return Answers.NONE.with("location", new Answer(Map.of("usrn", List.of("32710042"), "street", List.of("Stryd Fawr"),
                        "description", List.of("by the bus stop"), "latitude", List.of(String.valueOf(point.latitude())),
                        "longitude", List.of(String.valueOf(point.longitude())))))
                .with("surface", Answer.of("road")).with("danger", Answer.of("no"));
    }

    private static Answers at(GeoPoint point, String email) {
        Answers answers = Answers.NONE.with("location", new Answer(Map.of("latitude", List.of(String.valueOf(point.latitude())),
                        "longitude", List.of(String.valueOf(point.longitude())))))
                .with("surface", Answer.of("road")).with("danger", Answer.of("no"));
        return email == null ? answers : answers.with("email", Answer.of(email));
    }

    /** @param ours whether it goes to the officer's queue, or stays in the highways team's */
    private String pothole(Answers answers, boolean ours) {
        String reference = Reference.random().value();
        opening.open(new RequestSubmitted(UUID.randomUUID().toString(), new Reference(reference), "pothole",
                catalogue.current("pothole").orElseThrow().version(), UUID.randomUUID().toString(), Channel.WEB,
                null, Instant.now(), answers));
        if (ours) {
            jdbc.update("update service_case set queue_id = ? where reference = ?", queue, reference);
        }
        return reference;
    }
}
