package org.porth.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.catalogue.ServiceDefinition;
import org.porth.identity.Role;
import org.porth.resident.SupportNeed;
import org.porth.shell.ErrorSummary;
import org.porth.shell.ForbiddenView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The routing rules form: a condition picked from the service's questions and answers is saved as
 * YAML and shown again; a refusal keeps what was entered and says why by the field and in the
 * summary; Try it says where a request with support needs would go.
 */
class RoutingAdminViewTest extends PortalViewTest {

    @Autowired
    private JdbcTemplate jdbc;

    /** Other tests route by the definitions. */
    @AfterEach
    void backToTheDefinitionsRouting() {
        jdbc.update("delete from routing_override");
    }

    @Test
    void aConditionPickedFromTheQuestionsIsSavedAsYamlAndShownNextTime() {
        open("pothole");
        click("rule-1-add-condition");
        select("rule-1-condition-2-question").setValue("surface");
        checkboxes("rule-1-condition-2-values").setValue(Set.of("road"));

        click(RoutingAdminView.SAVE);

        assertThat(find(Div.class).withId("routing-notice").single().getElement().getTextRecursively())
                .startsWith("Saved. New requests for");
        String saved = jdbc.queryForObject("select routing from routing_override where service_id = 'pothole'", String.class);
        assertThat(saved).contains("danger:\n        - yes", "surface:\n        - road", "queue: highway-emergencies");
        assertThat(find(Pre.class).withId("routing-yaml").single().getText()).isEqualTo(saved);
        open("pothole");
        assertThat(select("rule-1-condition-2-question").getValue()).isEqualTo("surface");
        assertThat(checkboxes("rule-1-condition-2-values").getValue()).containsExactly("road");
        assertThat(select("rule-1-queue").getValue()).isEqualTo("highway-emergencies");
    }

    @Test
    void aRuleWithoutANameOrAQuestionIsRefusedByTheFieldsAndInTheSummaryKeepingWhatWasEntered() {
        open("pothole");
        find(TextField.class).withId("rule-1-name").single().setValue("");
        click("routing-add-rule");
        find(TextField.class).withId("rule-2-name").single().setValue("everything else");

        click(RoutingAdminView.SAVE);

        TextField name = find(TextField.class).withId("rule-1-name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Rule 1: enter a name");
        assertThat(select("rule-2-condition-1-question").isInvalid()).isTrue();
        assertThat(find(Anchor.class).from(find(ErrorSummary.class).single()).all()).extracting(Anchor::getText)
                .containsExactly("Rule 1: enter a name", "Rule 2, condition 1: choose a question");
        assertThat(find(TextField.class).withId("rule-2-name").single().getValue()).as("nothing entered is lost")
                .isEqualTo("everything else");
        assertThat(checkboxes("rule-1-condition-1-values").getValue()).containsExactly("yes");
        assertThat(jdbc.queryForObject("select count(*) from routing_override", Integer.class)).isZero();
    }

    @Test
    void tryItSaysWhereARequestFromAResidentWithASupportNeedWouldGo() {
        open("housing-repair");
        select("preview-answer-problem").setValue("damp-and-mould");
        @SuppressWarnings("unchecked")
        CheckboxGroup<SupportNeed> needs = find(CheckboxGroup.class).withId("preview-support-needs").single();
        needs.setValue(Set.of(SupportNeed.OVER_75));

        click("preview-button");

        assertThat(previewResult()).isEqualTo("This request would go to Damp and mould by the rule"
                + " 'damp and mould for a resident with a support need'. Its priority would be High. It would be flagged as:"
                + " Support need: disability, long-term health condition or aged 75 or over.");

        needs.setValue(Set.of());
        select("preview-answer-problem").setValue(null);
        click("preview-button");

        assertThat(previewResult()).isEqualTo("This request would go to Repairs, the service's default queue: no rule matched."
                + " Its priority would be Normal. It would not be flagged.");
    }

    @Test
    void aCaseworkerCannotOpenIt() {
        signIn(People.officer(Role.CASEWORKER, Role.SUPERVISOR));

        UI.getCurrent().navigate("staff/admin/routing");

        assertThat(currentView()).isInstanceOf(ForbiddenView.class);
    }

    private void open(String serviceId) {
        signIn(People.officer(Role.ADMIN));
        navigate(RoutingAdminView.class);
        @SuppressWarnings("unchecked")
        Select<ServiceDefinition> service = find(Select.class).withId("routing-service").single();
        service.setValue(service.getListDataView().getItems()
                .filter(definition -> definition.id().equals(serviceId)).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private Select<String> select(String id) {
        return find(Select.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<String> checkboxes(String id) {
        return find(CheckboxGroup.class).withId(id).single();
    }

    private void click(String id) {
        test(find(NativeButton.class).withId(id).single()).click();
    }

    private String previewResult() {
        return find(Paragraph.class).withId("preview-result").single().getText();
    }
}
