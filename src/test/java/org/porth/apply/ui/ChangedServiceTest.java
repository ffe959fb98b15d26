package org.porth.apply.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.porth.apply.Form;
import org.porth.apply.GardenWasteForm;
import org.porth.apply.MigratedDraft.Reason;
import org.porth.apply.MigratedDraft.Recheck;
import org.porth.browserless.SignedIn;
import org.porth.forms.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A draft begun before its service's definition changed still opens: answers that still fit are
 * kept, the rest cleared, and the resident is told which answers to check again. The earlier
 * version is stored the way the catalogue stores every version it publishes, with its YAML.
 */
@SignedIn(name = "Mererid Changed-Service", email = "mererid.changed-service@example.com")
class ChangedServiceTest extends FormPageTest {

    /** Before the current version: the question about a bin was worded differently, and 5 bins were allowed. */
    private static final int EARLIER = 0;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void anAnswerThatStillFitsIsKeptAndOneThatNoLongerFitsIsCleared() {
        String draft = draftBegunOnTheEarlierVersion();

        Form form = applications.open(draft);

        assertThat(form.definition().version()).isGreaterThan(EARLIER);
        assertThat(form.answers().get("has-bin")).hasValue(Answer.of("yes"));
        assertThat(form.answers().get("bin-count")).as("4 bins are no longer allowed").isEmpty();
        assertThat(form.toCheck()).extracting(Recheck::questionId, Recheck::reason)
                .containsExactly(tuple("has-bin", Reason.CHANGED),
                        tuple("bin-count", Reason.CLEARED));
        assertThat(serviceVersionOf(draft)).as("the draft moves onto the current version").isEqualTo(form.definition().version());
    }

    @Test
    void theFormSaysWhatHasChangedAndWhatToCheck() {
        String draft = draftBegunOnTheEarlierVersion();

        openPage(draft, "bin-count");

        Div notice = find(Div.class).withClassName("porth-notification").single();
        assertThat(find(Paragraph.class, notice).single().getText())
                .isEqualTo("This form has changed since you started it. Check these answers again:");
        assertThat(find(ListItem.class, notice).all()).extracting(ListItem::getText).containsExactly(
                "Do you already have a brown garden waste bin?", "How many garden waste bins do you want?");
    }

    private String draftBegunOnTheEarlierVersion() {
        storeEarlierVersion();
        String draft = startDraft(GardenWasteForm.SERVICE);
        jdbc.sql("update application_draft set service_version = ? where id = ?").params(EARLIER, draft).update();
        GardenWasteForm.answer(applications, draft, "has-bin", Answer.of("yes"));
        GardenWasteForm.answer(applications, draft, "bin-count", Answer.of("4"));
        assertThat(serviceVersionOf(draft)).isEqualTo(EARLIER);
        return draft;
    }

    private int serviceVersionOf(String draft) {
        return jdbc.sql("select service_version from application_draft where id = ?").param(draft).query(Integer.class).single();
    }

    private void storeEarlierVersion() {
        if (jdbc.sql("select count(*) from service_version where service_id = ? and version = ?")
                .params(GardenWasteForm.SERVICE, EARLIER).query(Integer.class).single() > 0) {
            return;
        }
        String earlier = currentYaml()
                .replace("en: Do you already have a brown garden waste bin?", "en: Have you got a brown bin?")
                .replace("          max: 3\n", "          max: 5\n");
        jdbc.sql("insert into service_version (service_id, version, content_sha256, definition, published_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(GardenWasteForm.SERVICE, EARLIER, "earlier", earlier, Timestamp.from(Instant.EPOCH))
                .update();
    }

    private static String currentYaml() {
        try (InputStream yaml = ChangedServiceTest.class.getResourceAsStream("/services/garden-waste.yaml")) {
            return new String(yaml.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
