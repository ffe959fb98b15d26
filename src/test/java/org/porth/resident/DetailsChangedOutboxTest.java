package org.porth.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.resident.Somebody.signIn;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.shared.Postcode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A shared change reaches a subscribing service through Spring Modulith's event publication
 * registry: the publication is stored with the change and marked complete once the subscriber has
 * it, and the stored event reads back whole (as it must when the registry resubmits it).
 */
@SpringBootTest
@Import(DetailsChangedOutboxTest.CouncilTax.class)
class DetailsChangedOutboxTest {

    private static final ResidentAddress NEW_HOME = ResidentAddress.manual("3 Ffordd y Môr", "", "Porth",
            new Postcode("PT3 1EF"));

    @Autowired
    private ResidentProfiles profiles;
    @Autowired
    private TellUsOnce tellUsOnce;
    @Autowired
    private CouncilTax councilTax;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventSerializer serializer;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSubscriberGetsTheChangeThroughTheEventPublicationRegistry() {
        signIn(Somebody.named("Xan").asResident());
        ResidentId id = profiles.current().id();

        tellUsOnce.shareChange(id, ProfileChange.NONE.withAddress(NEW_HOME),
                Consent.given(ConsentWording.forFields(Set.of(ProfileField.ADDRESS))));

        ResidentDetailsChanged received = councilTax.heardAbout(id).getFirst();
        // one publication per listener: this subscriber's (partners hear of shared changes too)
        List<Map<String, Object>> publications = jdbc.queryForList("select serialized_event, completion_date"
                + " from event_publication where event_type = ? and serialized_event like ? and listener_id like ?",
                ResidentDetailsChanged.class.getName(), "%" + id + "%", "%" + CouncilTax.class.getSimpleName() + "%");
        assertThat(publications).singleElement().satisfies(publication -> {
            assertThat(publication.get("completion_date")).as("completed").isNotNull();
            assertThat(serializer.deserialize(publication.get("serialized_event"), ResidentDetailsChanged.class))
                    .isEqualTo(received);
        });
        assertThat(councilTax.heardAbout(id)).hasSize(1);
    }

    /** A subscriber in another service, as council tax would be. */
    @TestConfiguration
    static class CouncilTax {

        private final List<ResidentDetailsChanged> heard = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(ResidentDetailsChanged event) {
            heard.add(event);
        }

        List<ResidentDetailsChanged> heardAbout(ResidentId id) {
            return heard.stream().filter(event -> event.residentId().equals(id)).toList();
        }
    }
}
